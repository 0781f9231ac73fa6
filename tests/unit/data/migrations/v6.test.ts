/**
 * Schema v5 → v6, from a fixture of v5: every stored case is the committee's (it was numbered
 * under the committee's pattern), the unique index is now per issuing body, and the committee's
 * numbers count on from where they were while a 行政机关 starts its own at 1.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../../renderer/src/data/repositories'
import { openDatabase, SCHEMA_VERSION, type MediationDb } from '../../../../renderer/src/data/schema'
import { makeRegistration } from '../../../builders/cases'
import { sessionAs, setUpWorkspace } from '../../../builders/session'

const CASES_V1 =
  'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt]'
const CASES_V3 = `${CASES_V1}, caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate`

/** The schema up to v5 exactly as released, kept here as a fixture. */
function openV5(name: string): MediationDb {
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
    cases: CASES_V3,
    records: 'id, [caseId+createdAt], [caseId+kind]',
    drafts: 'key, userId',
    attachments: 'id, [caseId+createdAt]',
  })
  db.version(4).stores({
    cases: `${CASES_V3}, *personIds`,
    persons: 'id, *tokens, updatedAt',
    documents: 'id, caseId, [caseId+kind+version], sha256, [status+updatedAt]',
    documentFiles: 'id, documentId',
    counsellingClients: 'id, ownerId, [ownerId+updatedAt], retainUntil',
    counsellingRecords: 'id, clientId, ownerId, [clientId+createdAt]',
    referrals: 'id, caseId, counsellorId, [counsellorId+status]',
  })
  db.version(5).stores({
    screenings: 'id, date',
    periodReports: 'id, period',
    exports: 'id, createdAt',
    rooms: 'id, &fingerprint',
    districtCases: 'id, roomId, [roomId+registeredAt], registeredAt',
    imports: 'id, roomId, &manifestHash',
  })
  return db as MediationDb
}

describe('schema v5 → v6', () => {
  it("gives v5 cases the committee's id, and numbers per issuing body from then on", async () => {
    const name = `upgrade6-${Math.random()}`
    const v5 = openV5(name)
    const { session } = await setUpWorkspace(v5)
    const mediator = sessionAs(session, ['mediator'])
    // What v5 stored: a case row without an issuer (the v6 repositories write one; v5's did not).
    const registered = await createRepositories(v5, mediator).cases.register(makeRegistration())
    await v5
      .table('cases')
      .toCollection()
      .modify((row: { issuerId?: string }) => {
        delete row.issuerId
      })
    expect((await v5.table('cases').toArray())[0]).not.toHaveProperty('issuerId')
    v5.close()

    const db = openDatabase(name)
    expect(db.verno).toBe(SCHEMA_VERSION)
    const [row] = await db.cases.toArray()
    expect(row).toMatchObject({ issuerId: 'committee', caseNo: registered.caseNo, seq: 1 })
    expect(await db.cases.where('[issuerId+year+seq]').equals(['committee', row!.year, 1]).count()).toBe(1)

    const repos = createRepositories(db, mediator)
    expect(await repos.cases.get(registered.id)).toMatchObject({
      issuerId: 'committee',
      caseNo: registered.caseNo,
    })
    const second = await repos.cases.register(makeRegistration())
    expect(second).toMatchObject({ issuerId: 'committee', seq: 2 })
    expect(second.caseNo).toContain('人调字第0002号')
    // The room's 行政机关 (the builder's) starts its own count: the same (year, seq) as the committee's first.
    const admin = await repos.cases.register(makeRegistration({ kind: 'administrative', sector: 'traffic' }))
    expect(admin).toMatchObject({ issuerId: 'admin-test', seq: 1 })
    expect(admin.caseNo).toMatch(/行调字第0001号$/)
    expect(admin.caseNo).not.toContain('人调字')
  })
})
