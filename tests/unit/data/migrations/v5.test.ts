/**
 * Schema v4 → v5, from a fixture of v4: a workspace written at v4 — sealed cases linked to
 * persons, records, counters, users and the audit chain — opens at v5 with every row intact, and
 * the tables v5 adds (screening rounds, period reports, the export history, the district's rooms,
 * cases and imports) are there, empty, with the indexes their repositories read through.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../../renderer/src/data/repositories'
import { openDatabase, type MediationDb } from '../../../../renderer/src/data/schema'
import { makeRegistration } from '../../../builders/cases'
import { sessionAs, setUpWorkspace } from '../../../builders/session'

const CASES_V1 =
  'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt]'
const CASES_V3 = `${CASES_V1}, caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate`

/** The schema up to v4 exactly as released, kept here as a fixture. */
function openV4(name: string): MediationDb {
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
  // Only the v4 tables exist on this instance; the code below touches no other.
  return db as MediationDb
}

const V4_TABLES = ['cases', 'records', 'counters', 'settings', 'users', 'vault', 'audit', 'persons'] as const

describe('schema v4 → v5', () => {
  it('keeps every v4 row, and adds the statistics, export and district tables', async () => {
    const name = `upgrade5-${Math.random()}`
    const v4 = openV4(name)
    const { session } = await setUpWorkspace(v4)
    const mediator = sessionAs(session, ['mediator'])
    const registered = await createRepositories(v4, mediator).cases.register(
      makeRegistration({ facts: '楼上漏水，协商未果' }),
    )
    const before = Object.fromEntries(
      await Promise.all(V4_TABLES.map(async (t) => [t, await v4.table(t).toArray()] as const)),
    )
    expect(before.cases).toHaveLength(1)
    expect(before.persons).toHaveLength(2)
    v4.close()

    const db = openDatabase(name)
    expect(await db.cases.count()).toBe(1)
    expect(db.verno).toBeGreaterThanOrEqual(5)
    for (const t of V4_TABLES) expect(await db.table(t).toArray()).toEqual(before[t])
    for (const t of ['screenings', 'periodReports', 'exports', 'rooms', 'districtCases', 'imports']) {
      expect(await db.table(t).count()).toBe(0)
    }

    // the v5 tables answer through their indexes
    const repos = createRepositories(db, sessionAs(session, ['admin', 'mediator']))
    await repos.statistics.addScreening({ date: '2026-05-02', area: '一号网格', found: 3, notes: '' })
    const may = { from: '2026-05-01', to: '2026-05-31' }
    expect((await repos.statistics.screeningFacts(may)).map((s) => s.found)).toEqual([3])
    expect(await db.exports.where('createdAt').above('').count()).toBe(0)
    expect(await db.rooms.where('fingerprint').equals('x').count()).toBe(0)
    expect(
      await db.districtCases.where('[roomId+registeredAt]').between(['r', ''], ['r', '\uffff']).count(),
    ).toBe(0)
    expect(await db.imports.where('manifestHash').equals('x').count()).toBe(0)
    // and the v4 case reads back as it was registered
    expect(await repos.cases.get(registered.id)).toMatchObject({
      caseNo: registered.caseNo,
      facts: '楼上漏水，协商未果',
    })
    expect((await repos.cases.search('张三')).map((c) => c.id)).toEqual([registered.id])
  })
})
