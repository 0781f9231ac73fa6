/**
 * District statistics for a month, quarter or year read the totals kept at import (issue 17), not
 * the imported cases: with every case row made unreadable the kept periods still show their numbers,
 * while a custom span — computed from the cases — cannot. Drill-down still reaches the cases.
 */
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { periodRange } from '../../../renderer/src/domain/statistics'
import { signingPort } from '../../../renderer/src/output/signing'
import { TEST_KDF } from '../../builders/session'
import { districtWorkspace, exportFrom, registerRoom, roomWorkspace, YEAR_2026 } from '../../builders/export'

describe('district statistics from kept totals', () => {
  it('open no imported case for a kept period, and the custom span still opens them', async () => {
    const room = await roomWorkspace({ cases: 30 })
    const district = await districtWorkspace()
    const roomId = (await registerRoom(district, room)).id
    const bundle = await exportFrom(room)
    await district.repos.district.importBundle(bundle.bytes, bundle.fileName)
    const own = await room.repos.statistics.compute(YEAR_2026, 'disputeType')
    const half = { kind: 'custom', from: '2026-01-01', to: '2026-06-30' } as const
    const quarter = { kind: 'quarter', year: 2026, quarter: 3 } as const

    // Every case body replaced by one that cannot be opened (another row's ciphertext).
    const rows = await district.db.districtCases.toArray()
    await district.db.districtCases.bulkPut(
      rows.map((r, i) => ({ ...r, body: rows[(i + 1) % rows.length]!.body })),
    )

    expect(await district.repos.district.statistics(YEAR_2026, null, 'disputeType')).toEqual(own)
    expect(await district.repos.district.statistics(quarter, roomId, 'kind')).toEqual(
      await room.repos.statistics.compute(quarter, 'kind'),
    )
    const [row] = await district.repos.district.statisticsByRoom(YEAR_2026)
    expect(row).toMatchObject({ roomId, cases: 30, total: own.total })
    // A whole year asked for as a span of days is the kept year; half a year is computed from the
    // cases, whose bodies are needed.
    expect(await district.repos.district.statistics({ kind: 'custom', ...periodRange(YEAR_2026) })).toEqual(
      await room.repos.statistics.compute(YEAR_2026, null),
    )
    await expect(district.repos.district.statistics(half, null, null)).rejects.toThrow()
  })

  it('still import when older cases cannot all be opened to build the totals', async () => {
    const room = await roomWorkspace({ cases: 12 })
    const district = await districtWorkspace()
    await registerRoom(district, room)
    const first = await exportFrom(room)
    await district.repos.district.importBundle(first.bytes, first.fileName)
    // As a district upgraded from v6 whose stored cases no longer open: no totals, no marker.
    await district.db.districtTotals.clear()
    const rows = await district.db.districtCases.toArray()
    await district.db.districtCases.bulkPut(
      rows.map((r, i) => ({ ...r, body: rows[(i + 1) % rows.length]!.body })),
    )
    const repos = createRepositories(district.db, district.session, {
      kdfCost: TEST_KDF,
      signing: signingPort,
    })

    const ids = (await room.db.cases.orderBy('updatedAt').primaryKeys()) as string[]
    await room.mediator.cases.addRecord(ids[0]!, 'prevention', { flag: 'criminal', persons: 2 })
    const second = await exportFrom(room)
    expect(await repos.district.importBundle(second.bytes, second.fileName)).toMatchObject({
      status: 'imported',
    })
    // The totals stay unbuilt; the view says it cannot read the cases, as before the totals.
    await expect(repos.district.statistics(YEAR_2026)).rejects.toThrow()
    expect(await district.db.districtTotals.count()).toBe(0)
  })
})
