/**
 * Schema v3 → v4 (and whatever follows): a workspace written at v3 — sealed cases with their
 * tokens, records, counters, users and the audit chain — opens at the current version with every
 * row intact, and after login its cases' parties are linked to persons.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { completeSetup } from '../../../../renderer/src/data/auth/setup'
import { generateRecoveryKey } from '../../../../renderer/src/data/crypto/recovery-key'
import { createRepositories } from '../../../../renderer/src/data/repositories'
import { openDatabase, type MediationDb } from '../../../../renderer/src/data/schema'
import { createWorkspace } from '../../../../renderer/src/data/workspace'
import { v3Draft } from '../../../builders/legacy-rows'
import { ADMIN_PASSWORD, makeOrganisation, sessionAs, TEST_KDF, keeperOf } from '../../../builders/session'

const CASES_V1 =
  'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt]'

/** The schema up to v3 exactly as released, kept here as a fixture. */
function openV3(name: string): MediationDb {
  const db = new Dexie(name)
  db.version(1).stores({ cases: CASES_V1, counters: 'key', settings: 'key' })
  db.version(2).stores({
    cases: `${CASES_V1}, caseNo, seq, *tokens`,
    users: 'id, &username',
    vault: 'id',
    audit: '++pos, seq, at, [action+at]',
    auditPending: '++id',
  })
  db.version(3).stores({
    cases: `${CASES_V1}, caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate`,
    records: 'id, [caseId+createdAt], [caseId+kind]',
    drafts: 'key, userId',
    attachments: 'id, [caseId+createdAt]',
  })
  // Only the v3 tables exist on this instance; the code below touches no other.
  return db as MediationDb
}

describe('schema v3 → v4', () => {
  it('keeps every v3 row, and links their parties to persons after login', async () => {
    const name = `upgrade4-${Math.random()}`
    const v3 = openV3(name)
    const session = await completeSetup(
      v3,
      keeperOf(v3),
      {
        organisation: makeOrganisation(),
        admin: { username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD, roles: ['admin'] },
        recoveryKey: generateRecoveryKey(),
      },
      { kdfCost: TEST_KDF },
    )
    const mediator = sessionAs(session, ['mediator'])
    await createRepositories(v3, mediator).cases.importDrafts([
      v3Draft('甲', '2025-05-01T08:00:00.000Z'),
      v3Draft('乙', '2025-06-01T08:00:00.000Z'),
    ])
    const before = {
      cases: await v3.table('cases').toArray(),
      records: await v3.table('records').toArray(),
      counters: await v3.table('counters').toArray(),
      users: await v3.table('users').toArray(),
      audit: await v3.table('audit').toArray(),
    }
    expect(before.cases).toHaveLength(2)
    v3.close()

    const db = openDatabase(name)
    expect(db.verno).toBeGreaterThanOrEqual(4)
    expect(await db.cases.toArray()).toEqual(before.cases)
    expect(await db.records.toArray()).toEqual(before.records)
    expect(await db.counters.toArray()).toEqual(before.counters)
    expect(await db.users.toArray()).toEqual(before.users)
    expect(await db.audit.toArray()).toEqual(before.audit)
    expect(await db.persons.count()).toBe(0)
    expect(await db.cases.where('personIds').anyOf(['x']).count()).toBe(0)

    const workspace = createWorkspace(db, keeperOf(db), { kdfCost: TEST_KDF })
    await workspace.open(mediator, 'auth.login')
    await workspace.maintenance()
    const repos = createRepositories(db, mediator)
    // the same person and company in both cases: one record each
    expect(await db.persons.count()).toBe(2)
    const [zhang] = await repos.persons.match({ idNumber: '11010519491231002X' })
    const cases = await repos.persons.casesOf(zhang?.person.id ?? '')
    expect(cases.map((c) => c.caseNo)).toEqual(['（2025）甘人调字第0002号', '（2025）甘人调字第0001号'])
    // everything else about the cases is as it was
    const after = await repos.cases.get(cases[1]?.id ?? '')
    expect(after).toMatchObject({ facts: '甲的旧案情', riskLevel: 'yellow', status: 'mediating' })
    expect(await repos.cases.records(after?.id ?? '')).toHaveLength(1)
    expect((await repos.cases.search('张三')).length).toBe(2)
  })
})
