import { beforeEach, describe, expect, it } from 'vitest'
import { plaintextCodec } from '../../../renderer/src/data/codec/codec'
import { createCaseRepository } from '../../../renderer/src/data/repositories/case-repository'
import { createSettingsRepository } from '../../../renderer/src/data/repositories/settings-repository'
import { openDatabase, type MediationDb } from '../../../renderer/src/data/schema'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makePerson, makeRegistration } from '../../builders/cases'

let db: MediationDb
let n = 0

function setup(now = () => new Date('2026-03-01T08:00:00Z')) {
  db = openDatabase(`test-cases-${++n}`)
  const settings = createSettingsRepository(db)
  return { settings, cases: createCaseRepository({ db, codec: plaintextCodec, settings, now }) }
}

beforeEach(() => {
  db?.close()
})

describe('case repository', () => {
  it('registers, numbers sequentially per year, and reads back a validated case', async () => {
    let clock = new Date('2026-03-01T08:00:00Z')
    const { cases, settings } = setup(() => clock)
    await settings.setNumbering({ pattern: '（{year}）{org}人调字第{seq:4}号', orgShortName: '瓦' })
    const a = await cases.register(makeRegistration())
    const b = await cases.register(makeRegistration())
    clock = new Date('2027-01-02T08:00:00Z')
    const c = await cases.register(makeRegistration())
    expect([a.caseNo, b.caseNo, c.caseNo]).toEqual([
      '（2026）瓦人调字第0001号',
      '（2026）瓦人调字第0002号',
      '（2027）瓦人调字第0001号',
    ])
    const read = await cases.get(a.id)
    expect(read).toEqual(a)
    expect(read?.status).toBe('registered')
    expect(read?.parties).toHaveLength(2)
  })

  it('never reuses a number even after a row disappears', async () => {
    const { cases } = setup()
    const a = await cases.register(makeRegistration())
    await db.cases.delete(a.id)
    const b = await cases.register(makeRegistration())
    expect(b.seq).toBe(a.seq + 1)
  })

  it('refuses invalid input and stores nothing', async () => {
    const { cases } = setup()
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
    const { cases } = setup(() => new Date((t += 60_000)))
    for (let i = 0; i < 30; i++) {
      await cases.register(makeRegistration({ disputeType: i % 3 === 0 ? 'contract' : 'neighbourhood' }))
    }
    const first = await cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 10 })
    expect(first.total).toBe(30)
    expect(first.items.map((c) => c.caseNo)[0]).toContain('0030')
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
    expect(none).toEqual({ items: [], total: 0 })
  })
})
