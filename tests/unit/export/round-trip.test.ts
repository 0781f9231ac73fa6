/**
 * Round trip: a room's export, imported into a district workspace, gives the same statistics as the
 * room's own statistics page — for several periods and every grouping. Re-imports and overlapping
 * bundles change nothing; incremental bundles carry only what changed; an unknown signer is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { MediationDb } from '../../../renderer/src/data/schema'
import { BundleError } from '../../../renderer/src/domain/export/bundle-errors'
import { GROUP_BYS, type GroupBy, type Period, type StatTable } from '../../../renderer/src/domain/statistics'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { verifyBundle } from '../../builders/bundles'
import {
  districtCounts,
  districtWorkspace,
  exportFrom,
  registerRoom,
  roomWorkspace,
  YEAR_2026,
  type Workspace,
} from '../../builders/export'

const PERIODS: Period[] = [
  YEAR_2026,
  { kind: 'year', year: 2025 },
  { kind: 'quarter', year: 2026, quarter: 2 },
  { kind: 'month', year: 2026, month: 3 },
  { kind: 'custom', from: '2025-06-15', to: '2026-02-10' },
]

/** Mediators are pseudonymous at the district: compare their groups by what they hold, not their ids. */
function comparable(table: StatTable): unknown {
  if (table.groupBy !== 'mediator') return table
  return {
    ...table,
    rows: table.rows
      .map((r) => r.measures)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  }
}

async function expectSameStatistics(room: Workspace, district: Workspace, roomId: string | null = null) {
  for (const period of PERIODS) {
    for (const groupBy of [null, ...GROUP_BYS] as (GroupBy | null)[]) {
      const own = await room.repos.statistics.compute(period, groupBy)
      const imported = await district.repos.district.statistics(period, roomId, groupBy)
      expect(comparable(imported), `${JSON.stringify(period)} by ${groupBy}`).toEqual(comparable(own))
    }
  }
}

const snapshot = async (db: MediationDb) => ({
  cases: await db.districtCases.orderBy('id').toArray(),
  imports: await db.imports.count(),
})

let room: Workspace
let district: Workspace
let roomId: string

beforeAll(async () => {
  room = await roomWorkspace({ cases: 60 })
  await room.mediator.statistics.addScreening({ date: '2026-03-04', area: '泉水街道第三网格', found: 2 })
  await room.mediator.statistics.addScreening({ date: '2025-07-01', area: '金州区某社区', found: 0 })
  await room.mediator.statistics.fileZeroReport({ kind: 'month', year: 2024, month: 6 })
  district = await districtWorkspace()
  roomId = (await registerRoom(district, room)).id
})

describe('room → district', () => {
  it('gives the district the same statistics as the room’s own page', async () => {
    const bundle = await exportFrom(room)
    expect(bundle.manifest.since).toBeNull()
    expect(bundle.manifest.counts.cases).toBe(60)
    // Not vacuous: the demo cases give real numbers in the periods compared.
    const year = await room.repos.statistics.compute(YEAR_2026, null)
    expect(year.total.received).toBeGreaterThan(5)
    expect(year.total.succeeded).toBeGreaterThan(0)
    expect(year.total.agreementAmountFen).toBeGreaterThan(0)
    expect(year.total.screenings).toBe(1)
    const result = await district.repos.district.importBundle(bundle.bytes, bundle.fileName)
    expect(result).toMatchObject({ status: 'imported', summary: { added: 60, updated: 0, unchanged: 0 } })
    // the import's entry, written in the merge's own transaction, says what it added
    const entry = await district.db.audit.where('action').equals('district.import').last()
    expect(entry).toMatchObject({ targetId: result.summary.id, details: { added: 60, cases: 60 } })
    await expectSameStatistics(room, district)
    await expectSameStatistics(room, district, roomId)
    // The bundle's own statistics file says the same as the room's page for its period.
    const verified = await verifyBundle(bundle.bytes)
    expect(verified.statistics.tables[0]).toEqual(await room.repos.statistics.compute(YEAR_2026, null))
    expect(verified.statistics.zeroReports).toEqual(['2024-06'])
    expect(verified.statistics.screenings.map((s) => s.found).sort()).toEqual([0, 2])
  })

  it('re-importing the same bundle changes nothing', async () => {
    const [latest] = await room.repos.exports.history()
    expect(latest).toBeTruthy()
    const again = await exportFrom(room, { incremental: true })
    expect(again.manifest.counts.cases).toBe(0)
    const before = await snapshot(district.db)
    const first = await district.repos.district.importBundle(again.bytes, again.fileName)
    expect(first.status).toBe('imported')
    const after = await snapshot(district.db)
    expect(after.cases).toEqual(before.cases)
    expect(after.imports).toBe(before.imports + 1)
    const repeat = await district.repos.district.importBundle(again.bytes, again.fileName)
    expect(repeat.status).toBe('duplicate')
    expect(await snapshot(district.db)).toEqual(after)
  })

  it('an incremental bundle carries only what changed, and an overlapping one changes nothing', async () => {
    const ids = (await room.db.cases.orderBy('updatedAt').primaryKeys()) as string[]
    const changed = ids.slice(0, 2)
    const before = (await room.repos.statistics.compute(YEAR_2026, null)).total['prevention-criminal-persons']
    for (const id of changed)
      await room.mediator.cases.addRecord(id, 'prevention', { flag: 'criminal', persons: 3 })
    expect((await room.repos.statistics.compute(YEAR_2026, null)).total['prevention-criminal-persons']).toBe(
      before + 6,
    )
    const incremental = await exportFrom(room)
    expect(incremental.manifest.since).not.toBeNull()
    expect(incremental.manifest.counts.cases).toBe(2)
    const imported = await district.repos.district.importBundle(incremental.bytes, incremental.fileName)
    expect(imported).toMatchObject({
      status: 'imported',
      summary: { added: 0, updated: 2, unchanged: 0 },
      warnings: [],
    })
    await expectSameStatistics(room, district)

    // A full export overlaps everything the district already holds.
    const full = await exportFrom(room, { incremental: false })
    expect(full.manifest.counts.cases).toBe(60)
    const held = await snapshot(district.db)
    const overlapping = await district.repos.district.importBundle(full.bytes, full.fileName)
    expect(overlapping).toMatchObject({
      status: 'imported',
      summary: { added: 0, updated: 0, unchanged: 60 },
    })
    expect((await snapshot(district.db)).cases).toEqual(held.cases)
    expect(await district.db.districtCases.count()).toBe(60)
  })

  it('an older bundle imported after a newer one never takes a case back', async () => {
    const other = await districtWorkspace()
    await registerRoom(other, room)
    const older = await exportFrom(room, { incremental: false })
    const [id] = (await room.db.cases.orderBy('updatedAt').primaryKeys()) as string[]
    await room.mediator.cases.addRecord(id as string, 'risk', { level: 'orange', reason: '再次激化' })
    const newer = await exportFrom(room, { incremental: false })
    expect((await other.repos.district.importBundle(newer.bytes, 'newer.zip')).status).toBe('imported')
    const before = await snapshot(other.db)
    const late = await other.repos.district.importBundle(older.bytes, 'older.zip')
    expect(late).toMatchObject({ status: 'imported', summary: { added: 0, updated: 0, unchanged: 60 } })
    expect((await snapshot(other.db)).cases).toEqual(before.cases)
    await expectSameStatistics(room, other)
  })

  it('warns when an incremental bundle arrives without the ones before it', async () => {
    const fresh = await districtWorkspace()
    await registerRoom(fresh, room)
    const [id] = (await room.db.cases.orderBy('updatedAt').primaryKeys()) as string[]
    await room.mediator.cases.addRecord(id as string, 'risk', { level: 'yellow', reason: '情绪波动' })
    const incremental = await exportFrom(room)
    expect(incremental.manifest.since).not.toBeNull()
    const result = await fresh.repos.district.importBundle(incremental.bytes, 'late.zip')
    expect(result).toMatchObject({ status: 'imported', warnings: ['gap'] })
  })

  it('refuses a bundle from a room the district has not registered, changing nothing', async () => {
    const stranger = await roomWorkspace({ cases: 3, seed: 99 })
    const bundle = await exportFrom(stranger)
    const before = await snapshot(district.db)
    await expect(district.repos.district.importBundle(bundle.bytes, 'stranger.zip')).rejects.toMatchObject({
      code: 'unknown-signer',
    })
    expect(await snapshot(district.db)).toEqual(before)
    const audit = await district.repos.audit.list({ action: 'district.import-refused', page: 0, pageSize: 5 })
    expect(audit.items[0]?.details).toMatchObject({ code: 'unknown-signer' })
  })

  it('adds up several rooms, with drill-down by room', async () => {
    const second = await roomWorkspace({ cases: 25, seed: 11 })
    const secondId = (await registerRoom(district, second, '金州区某调委会')).id
    const bundle = await exportFrom(second)
    expect((await district.repos.district.importBundle(bundle.bytes, 'second.zip')).status).toBe('imported')
    await expectSameStatistics(second, district, secondId)
    const rows = await district.repos.district.statisticsByRoom(YEAR_2026)
    const total = await district.repos.district.statistics(YEAR_2026)
    expect(rows.map((r) => r.cases).sort()).toEqual([25, 60])
    expect(rows.reduce((n, r) => n + r.total.received, 0)).toBe(total.total.received)
    expect(rows.reduce((n, r) => n + r.total.agreementAmountFen, 0)).toBe(total.total.agreementAmountFen)
    const listed = await district.repos.district.cases(secondId, 10)
    expect(listed.total).toBe(25)
    expect(listed.items).toHaveLength(10)
    expect(await districtCounts(district.db)).toMatchObject({ cases: 85 })
  })
})

describe('identified exports', () => {
  it('are refused without a legal basis, and carry the basis when given', async () => {
    await expect(exportFrom(room, { identified: true, legalBasis: '' })).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(
      room.repos.exports.deidentify([], { identified: true, legalBasis: ' ', includeFreeText: false }),
    ).rejects.toBeInstanceOf(ValidationError)
    const basis = '依据区司法局〔2026〕12号通知报送案件明细'
    const bundle = await exportFrom(room, { identified: true, legalBasis: basis, incremental: false })
    expect(bundle.manifest).toMatchObject({ identified: true, legalBasis: basis })
    const verified = await verifyBundle(bundle.bytes)
    expect(verified.cases[0]?.parties[0]?.identity?.name).toBeTruthy()
    const [history] = await room.repos.exports.history()
    expect(history).toMatchObject({ identified: true, legalBasis: basis })
  })

  it('a cancelled export records nothing', async () => {
    const before = (await room.repos.exports.history()).length
    const controller = new AbortController()
    controller.abort()
    await expect(
      exportFrom(room, { incremental: false }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(BundleError)
    expect((await room.repos.exports.history()).length).toBe(before)
  })
})
