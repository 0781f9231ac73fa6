import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { COUNT_CAP } from '../../../renderer/src/data/repositories/cases/case-query'
import { generateDemoCases } from '../../../renderer/src/demo'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makePerson, makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace } from '../../builders/session'

async function mediatorWorkspace(now?: () => Date) {
  const ws = await setUpWorkspace()
  const cases = createRepositories(ws.db, sessionAs(ws.session, ['mediator']), { now }).cases
  return { ...ws, cases }
}

describe('case repository', () => {
  it('registers, numbers sequentially per year, and reads back a validated case', async () => {
    let clock = new Date('2026-03-01T08:00:00Z')
    const { cases } = await mediatorWorkspace(() => clock)
    const a = await cases.register(makeRegistration())
    const b = await cases.register(makeRegistration())
    clock = new Date('2027-01-02T08:00:00Z')
    const c = await cases.register(makeRegistration())
    expect([a.caseNo, b.caseNo, c.caseNo]).toEqual([
      '（2026）甘人调字第0001号',
      '（2026）甘人调字第0002号',
      '（2027）甘人调字第0001号',
    ])
    const read = await cases.get(a.id)
    expect(read).toEqual(a)
    expect(read?.status).toBe('registered')
    expect(read?.parties).toHaveLength(2)
  })

  it('stores the personal part only as ciphertext', async () => {
    const { cases, db } = await mediatorWorkspace()
    const c = await cases.register(makeRegistration({ facts: '独一无二的案情标记' }))
    const row = await db.cases.get(c.id)
    expect(row?.body.alg).toBe('A256GCM')
    expect(JSON.stringify(row)).not.toContain('独一无二')
    expect(JSON.stringify(row)).not.toContain('张三')
  })

  it('never reuses a number even after a row disappears', async () => {
    const { cases, db } = await mediatorWorkspace()
    const a = await cases.register(makeRegistration())
    await db.cases.delete(a.id)
    const b = await cases.register(makeRegistration())
    expect(b.seq).toBe(a.seq + 1)
  })

  it('refuses invalid input and stores nothing', async () => {
    const { cases, db } = await mediatorWorkspace()
    const bad = makeRegistration({ parties: [makePerson({ idNumber: '110105194912310021' }), makePerson()] })
    await expect(cases.register(bad)).rejects.toBeInstanceOf(ValidationError)
    await expect(cases.register({ ...makeRegistration(), facts: '' })).rejects.toMatchObject({
      issues: [{ path: 'facts', message: 'validation.required' }],
    })
    expect(await db.cases.count()).toBe(0)
    expect(await db.counters.count()).toBe(0)
  })

  it('lists pages filtered and sorted on indexes', async () => {
    let t = Date.parse('2026-01-01T00:00:00Z')
    const { cases } = await mediatorWorkspace(() => new Date((t += 60_000)))
    for (let i = 0; i < 30; i++) {
      await cases.register(makeRegistration({ disputeType: i % 3 === 0 ? 'contract' : 'neighbourhood' }))
    }
    const first = await cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 10 })
    expect(first.total).toBe(30)
    expect(first.items[0]?.caseNo).toContain('0030')
    const contracts = await cases.list({
      disputeType: 'contract',
      status: 'registered',
      sortBy: 'createdAt',
      direction: 'asc',
      page: 1,
      pageSize: 4,
    })
    expect(contracts.total).toBe(10)
    expect(contracts.items).toHaveLength(4)
    expect(contracts.items.every((c) => c.disputeType === 'contract')).toBe(true)
    expect(contracts.items[0]?.caseNo).toContain('0013')
    const none = await cases.list({
      status: 'closed',
      sortBy: 'updatedAt',
      direction: 'desc',
      page: 0,
      pageSize: 10,
    })
    expect(none).toEqual({ items: [], total: 0, exact: true })
  })

  it('searches by name, name fragment, ID number, phone and case number through blind indexes', async () => {
    const { cases } = await mediatorWorkspace()
    const target = await cases.register(
      makeRegistration({
        facts: '双方因宅基地边界发生争执。',
        parties: [
          makePerson({
            name: '欧阳晓明',
            idNumber: '210202198001010016',
            gender: 'male',
            birthDate: '',
            phone: '13912345678',
          }),
          makePerson({
            name: '李四',
            role: 'respondent',
            idType: 'passport',
            idNumber: 'E1234',
            birthDate: '',
          }),
        ],
      }),
    )
    const other = await cases.register(makeRegistration())
    const ids = async (q: string) => (await cases.search(q)).map((c) => c.id)
    expect(await ids('欧阳晓明')).toEqual([target.id])
    expect(await ids('欧阳')).toEqual([target.id])
    expect(await ids('晓明')).toEqual([target.id])
    expect(await ids('阳晓明')).toEqual([target.id])
    expect(await ids('210202198001010016')).toEqual([target.id])
    expect(await ids('139 1234 5678')).toEqual([target.id])
    expect(await ids(target.caseNo)).toEqual([target.id])
    expect(await ids(String(target.seq))).toEqual([target.id])
    expect(await ids('宅基地边界')).toEqual([target.id])
    expect(await ids('装修')).toEqual([other.id])
    expect(await ids('欧明')).toEqual([])
    expect(await ids('13912345679')).toEqual([])
  })

  it('finds nobody by one character of a name: single characters are not indexed', async () => {
    const { cases } = await mediatorWorkspace()
    const c = await cases.register(makeRegistration({ facts: '王某与李某因借款发生争执，老王称已还清。' }))
    const ids = async (q: string) => (await cases.search(q)).map((s) => s.id)
    // 张三 is a party, 王 and 李 are in the facts: none of them is found by one character
    for (const q of ['张', '三', '李', '王', ' 张 ']) expect(await ids(q)).toEqual([])
    // two characters of the name, or of the facts, are
    expect(await ids('张三')).toEqual([c.id])
    expect(await ids('老王')).toEqual([c.id])
    // a single digit is still a sequence number
    expect(await ids('1')).toEqual([c.id])
  })
})

describe('imported cases and large lists', () => {
  it('imports generated drafts, and counts a long list only up to the cap', async () => {
    const { cases, db } = await mediatorWorkspace()
    const drafts = generateDemoCases({ seed: 7, count: COUNT_CAP + 5, now: new Date('2026-11-01T00:00:00Z') })
    expect(await cases.importDrafts(drafts)).toBe(COUNT_CAP + 5)
    expect(await db.cases.count()).toBe(COUNT_CAP + 5)
    const page = await cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 20 })
    expect(page).toMatchObject({ total: COUNT_CAP, exact: false })
    expect(page.items).toHaveLength(20)
    const archived = await cases.list({
      status: 'archived',
      sortBy: 'createdAt',
      direction: 'desc',
      page: 0,
      pageSize: 20,
    })
    expect(archived.exact).toBe(true)
    expect(archived.total).toBe(drafts.filter((d) => d.status === 'archived').length)
    // numbers follow registration order within each year
    const first = await db.cases.orderBy('createdAt').first()
    expect(first?.seq).toBe(1)
  }, 120_000)
})
