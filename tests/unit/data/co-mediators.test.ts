/**
 * 协同调解员 through the repository (fake-indexeddb): a record sets the case's co-mediators, an
 * empty one removes them, a change of mediator to one of them drops them; the lead, unknown users,
 * other roles and disabled accounts are refused with an i18n key and nothing is written; a row
 * stored before co-mediators existed reads as none.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { CO_MEDIATOR_MSG } from '../../../renderer/src/domain/cases/co-mediators'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { makeRegistration } from '../../builders/cases'
import { sessionAs, setUpWorkspace } from '../../builders/session'

const LEAD = 'user-mediator'
let ws: Awaited<ReturnType<typeof setUpWorkspace>>
let ids: { b: string; c: string; counsellor: string; disabled: string }

async function account(username: string, roles: ('mediator' | 'counsellor')[]) {
  const u = await ws.repos.users.create({
    username,
    displayName: username,
    roles,
    password: `${username} password`,
  })
  return u.id
}

beforeAll(async () => {
  ws = await setUpWorkspace()
  ids = {
    b: await account('mediator-b', ['mediator']),
    c: await account('mediator-c', ['mediator']),
    counsellor: await account('counsellor-d', ['counsellor']),
    disabled: await account('mediator-e', ['mediator']),
  }
  await ws.repos.users.setDisabled(ids.disabled, true)
})

const recordCount = (caseId: string) =>
  ws.db.records.where('[caseId+createdAt]').between([caseId, ''], [caseId, '\uffff']).count()

function mediator() {
  return createRepositories(ws.db, sessionAs(ws.session, ['mediator'], LEAD)).cases
}

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).issues.map((i) => i.message)
}

describe('co-mediators on a case', () => {
  it('are set, replaced and removed by records; the lead is the registering user', async () => {
    const cases = mediator()
    const c = await cases.register(makeRegistration())
    expect(c).toMatchObject({ mediatorId: LEAD, coMediatorIds: [] })
    await cases.addRecord(c.id, 'co-mediators', { userIds: [ids.b, ids.c], note: '案情复杂' })
    expect(await cases.get(c.id)).toMatchObject({ mediatorId: LEAD, coMediatorIds: [ids.b, ids.c] })
    expect((await ws.db.cases.get(c.id))?.coMediatorIds).toEqual([ids.b, ids.c])
    await cases.addRecord(c.id, 'co-mediators', { userIds: [ids.c] })
    expect((await cases.get(c.id))?.coMediatorIds).toEqual([ids.c])
    await cases.addRecord(c.id, 'co-mediators', { userIds: [] })
    expect((await cases.get(c.id))?.coMediatorIds).toEqual([])
    const kinds = (await cases.records(c.id)).map((r) => r.kind)
    expect(kinds.filter((k) => k === 'co-mediators')).toHaveLength(3)
  })

  it('a change of mediator that makes a co-mediator the lead drops them from the list', async () => {
    const cases = mediator()
    const c = await cases.register(makeRegistration())
    await cases.addRecord(c.id, 'co-mediators', { userIds: [ids.b, ids.c] })
    await cases.addRecord(c.id, 'mediator-change', { toUserId: ids.b, kind: 'reassignment', reason: '改派' })
    expect(await cases.get(c.id)).toMatchObject({ mediatorId: ids.b, coMediatorIds: [ids.c] })
    // The new lead in turn cannot be named a co-mediator.
    expect(await refusal(cases.addRecord(c.id, 'co-mediators', { userIds: [ids.b] }))).toEqual([
      CO_MEDIATOR_MSG.isLead,
    ])
  })

  it('refuses the lead, unknown users, other roles and disabled accounts, writing nothing', async () => {
    const cases = mediator()
    const c = await cases.register(makeRegistration())
    await cases.addRecord(c.id, 'co-mediators', { userIds: [ids.b] })
    const before = await ws.db.cases.get(c.id)
    const records = await recordCount(c.id)
    const audit = await ws.db.audit.count()
    const tries: [string[], string][] = [
      [[LEAD], CO_MEDIATOR_MSG.isLead],
      [['nobody'], CO_MEDIATOR_MSG.notMediator],
      [[ids.c, ids.counsellor], CO_MEDIATOR_MSG.notMediator],
      [[ids.disabled], CO_MEDIATOR_MSG.notMediator],
      [[ids.c, ids.c], CO_MEDIATOR_MSG.duplicate],
      [[ids.b, ids.c, 'x', 'y', 'z'], CO_MEDIATOR_MSG.tooMany],
    ]
    for (const [userIds, message] of tries) {
      const messages = await refusal(cases.addRecord(c.id, 'co-mediators', { userIds }))
      expect(messages).toEqual([message])
      // Keys only: no name or id of anyone in what is thrown.
      expect(messages.join()).not.toMatch(/mediator-|nobody/)
    }
    expect(await ws.db.cases.get(c.id)).toEqual(before)
    expect(await recordCount(c.id)).toBe(records)
    expect(await ws.db.audit.count()).toBe(audit)
  })

  it('a case stored before co-mediators existed reads as having none', async () => {
    const cases = mediator()
    const c = await cases.register(makeRegistration())
    const row = await ws.db.cases.get(c.id)
    if (!row) throw new Error('no row')
    const { coMediatorIds: _gone, ...older } = row
    await ws.db.cases.put(older)
    expect((await ws.db.cases.get(c.id))?.coMediatorIds).toBeUndefined()
    expect((await cases.get(c.id))?.coMediatorIds).toEqual([])
  })
})
