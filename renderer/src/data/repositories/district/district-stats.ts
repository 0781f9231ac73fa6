/**
 * Statistics across rooms: the same numbers a room's own page computes (domain/statistics), from
 * each room's screening rounds as its newest bundle reported them and
 * - for a month, quarter or year: the totals kept at import (district-totals.ts), a few rows per
 *   room whatever the number of cases (issue 17);
 * - for any other span of days: the statistics facts of every imported case, opened page by page.
 *   Opened facts are kept for the session, keyed by the row's `updatedAt`, so looking at another
 *   span or room does not open everything again.
 */
import { Dexie } from 'dexie'
import {
  computeStatistics,
  periodRange,
  tableFromTotals,
  totalledPeriodOf,
  type DateRange,
  type GroupBy,
  type Period,
  type ScreeningFact,
  type StatInput,
  type StatMeasures,
  type StatTable,
} from '../../../domain/statistics'
import type { ExportContext } from '../export/context'
import { readStatisticsSettings } from '../reporting-settings'
import { openStat } from './district-case'
import type { DistrictTotals } from './district-totals'
import type { Imports } from './imports'
import type { Rooms } from './rooms'
/** Rows read (and their bodies held) at a time. */
const PAGE = 2000

export interface RoomStatistics {
  roomId: string
  name: string
  cases: number
  total: StatMeasures
}

export function createDistrictStats(
  ctx: ExportContext,
  rooms: Rooms,
  imports: Imports,
  totals: DistrictTotals,
) {
  const { db, codec } = ctx
  const cache = new Map<string, { updatedAt: string; stat: StatInput; roomId: string }>()

  /**
   * Pages through the rows in id order (never all bodies at once; a room's rows are contiguous, ids
   * being "room:case"), opening only rows not already cached.
   */
  async function inputs(roomId: string | null): Promise<Map<string, StatInput[]>> {
    const byRoom = new Map<string, StatInput[]>()
    const upper = roomId === null ? Dexie.maxKey : `${roomId}:\uffff`
    let lower: string | typeof Dexie.minKey = roomId === null ? Dexie.minKey : `${roomId}:`
    let includeLower = true
    for (;;) {
      const page = await db.districtCases
        .where('id')
        .between(lower, upper, includeLower, true)
        .limit(PAGE)
        .toArray()
      if (!page.length) break
      for (const r of page) {
        let hit = cache.get(r.id)
        if (!hit || hit.updatedAt !== r.updatedAt) {
          hit = { updatedAt: r.updatedAt, stat: await openStat(codec, r), roomId: r.roomId }
          cache.set(r.id, hit)
        }
        const list = byRoom.get(r.roomId) ?? []
        list.push(hit.stat)
        byRoom.set(r.roomId, list)
      }
      lower = (page[page.length - 1] as (typeof page)[number]).id
      includeLower = false
    }
    return byRoom
  }

  /** Each room's screening rounds as its newest bundle (by creation time) reported them. */
  async function screenings(roomId: string | null): Promise<Map<string, ScreeningFact[]>> {
    const newest = new Map<string, { at: string; facts: ScreeningFact[] }>()
    for (const i of await imports.list(roomId ?? undefined)) {
      const seen = newest.get(i.roomId)
      if (!seen || i.bundleCreatedAt > seen.at) {
        newest.set(i.roomId, {
          at: i.bundleCreatedAt,
          facts: i.screenings.map(({ date, found, prevented }) => ({ date, found, prevented })),
        })
      }
    }
    return new Map([...newest].map(([k, v]) => [k, v.facts]))
  }

  async function table(range: DateRange, roomId: string | null, groupBy: GroupBy | null): Promise<StatTable> {
    const kept = totalledPeriodOf(range)
    const [facts, settings] = await Promise.all([screenings(roomId), readStatisticsSettings(db)])
    const args = { screenings: [...facts.values()].flat(), range, groupBy, rateBase: settings.rateBase }
    if (kept) return tableFromTotals([...(await totals.forPeriod(kept, roomId)).values()], args)
    return computeStatistics({ inputs: [...(await inputs(roomId)).values()].flat(), ...args })
  }

  /** Each room's totals for the range and its case count, from the kept totals or from the cases. */
  async function perRoom(range: DateRange) {
    const kept = totalledPeriodOf(range)
    const [facts, settings] = await Promise.all([screenings(null), readStatisticsSettings(db)])
    const args = (roomId: string) => ({
      screenings: facts.get(roomId) ?? [],
      range,
      rateBase: settings.rateBase,
    })
    if (kept) {
      const [byRoom, counts] = await Promise.all([totals.forPeriod(kept, null), totals.caseCounts()])
      return (roomId: string) => {
        const t = byRoom.get(roomId)
        return { cases: counts.get(roomId) ?? 0, total: tableFromTotals(t ? [t] : [], args(roomId)).total }
      }
    }
    const byRoom = await inputs(null)
    return (roomId: string) => {
      const list = byRoom.get(roomId) ?? []
      return { cases: list.length, total: computeStatistics({ inputs: list, ...args(roomId) }).total }
    }
  }

  return {
    compute: (period: Period, roomId: string | null = null, groupBy: GroupBy | null = null) =>
      table(periodRange(period), roomId, groupBy),

    /** One row per registered room (rooms without bundles show zeros): the drill-down by room. */
    async byRoom(period: Period): Promise<RoomStatistics[]> {
      const [of, registry] = await Promise.all([perRoom(periodRange(period)), rooms.list()])
      return registry.map((room) => ({ roomId: room.id, name: room.name, ...of(room.id) }))
    },
  }
}
