/**
 * Schema v6 → v7, from a fixture of v6: a district whose cases were imported before the statistics
 * totals existed (its rows copied, byte for byte, into a database declared up to v6) upgrades to v7,
 * builds its totals from the imported cases the first time statistics are read, and shows exactly
 * the numbers it showed before; the next import adds to those totals.
 */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../../renderer/src/data/repositories'
import { openDatabase, openDatabaseAt, SCHEMA_VERSION } from '../../../../renderer/src/data/schema'
import { GROUP_BYS, type Period } from '../../../../renderer/src/domain/statistics'
import { signingPort } from '../../../../renderer/src/output/signing'
import {
  districtWorkspace,
  exportFrom,
  registerRoom,
  roomWorkspace,
  YEAR_2026,
} from '../../../builders/export'
import { TEST_KDF } from '../../../builders/session'

const PERIODS: Period[] = [
  YEAR_2026,
  { kind: 'quarter', year: 2026, quarter: 2 },
  { kind: 'month', year: 2025, month: 12 },
  { kind: 'custom', from: '2025-06-15', to: '2026-02-10' },
]

describe('schema v6 → v7', () => {
  it('builds the district totals from the cases imported before them, with the same numbers', async () => {
    const room = await roomWorkspace({ cases: 40 })
    const district = await districtWorkspace()
    const roomId = (await registerRoom(district, room)).id
    const first = await exportFrom(room)
    await district.repos.district.importBundle(first.bytes, first.fileName)
    const before = []
    for (const period of PERIODS)
      for (const groupBy of [null, ...GROUP_BYS])
        before.push(await district.repos.district.statistics(period, null, groupBy))
    const byRoomBefore = await district.repos.district.statisticsByRoom(YEAR_2026)
    expect(byRoomBefore[0]).toMatchObject({ roomId, cases: 40 })
    expect(byRoomBefore[0]!.total.received).toBeGreaterThan(0)

    // The fixture: every row but the totals, in a database declared as v6 was.
    const name = `upgrade7-${crypto.randomUUID()}`
    const v6 = openDatabaseAt(name, 6)
    await v6.open()
    for (const table of district.db.tables) {
      if (table.name === 'districtTotals') continue
      await v6.table(table.name).bulkAdd(await table.toArray())
    }
    expect(v6.tables.map((t) => t.name)).not.toContain('districtTotals')
    v6.close()

    const db = openDatabase(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(await db.districtTotals.count()).toBe(0)
    const repos = createRepositories(db, district.session, { kdfCost: TEST_KDF, signing: signingPort })
    const after = []
    for (const period of PERIODS)
      for (const groupBy of [null, ...GROUP_BYS])
        after.push(await repos.district.statistics(period, null, groupBy))
    expect(after).toEqual(before)
    expect(await repos.district.statisticsByRoom(YEAR_2026)).toEqual(byRoomBefore)
    expect(await db.districtTotals.where('roomId').equals(roomId).count()).toBeGreaterThan(3)

    // The next import adds to the built totals: the cases a newer bundle changed are counted once.
    const ids = (await room.db.cases.orderBy('updatedAt').primaryKeys()) as string[]
    for (const id of ids.slice(0, 3))
      await room.mediator.cases.addRecord(id, 'prevention', { flag: 'criminal', persons: 3 })
    const second = await exportFrom(room)
    expect(await repos.district.importBundle(second.bytes, second.fileName)).toMatchObject({
      status: 'imported',
      summary: { added: 0, updated: 3 },
    })
    const own = await room.repos.statistics.compute(YEAR_2026, null)
    const imported = await repos.district.statistics(YEAR_2026, null, null)
    expect(imported.total).toEqual(own.total)
    expect(imported.total['prevention-criminal-persons']).toBe(
      before[0]!.total['prevention-criminal-persons'] + 9,
    )
  })
})
