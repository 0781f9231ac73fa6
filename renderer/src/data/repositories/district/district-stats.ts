/**
 * Statistics across rooms: the same pure computation a room runs on its own page
 * (domain/statistics), over the statistics facts of every imported case and each room's screening
 * rounds as its newest bundle reported them. Decrypted facts are kept for the session, keyed by
 * the row's `updatedAt`, so looking at another period or room does not decrypt everything again.
 */
import { Dexie } from 'dexie'
import { z } from 'zod'
import {
  computeStatistics,
  periodRange,
  statInputSchema,
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
import { DISTRICT_CASES, type Imports } from './imports'
import type { Rooms } from './rooms'

/**
 * A stored case's statistics facts. Bundles made before the facts carried their 受理 day have it
 * on the case itself (`acceptedOn`), which stands in, so 受理数 counts those cases as the room did.
 */
const statOnly = z.object({ stat: statInputSchema, acceptedOn: z.string().nullable().optional() }).loose()
/** Rows read (and their bodies held) at a time. */
const PAGE = 2000

export interface RoomStatistics {
  roomId: string
  name: string
  cases: number
  total: StatMeasures
}

export function createDistrictStats(ctx: ExportContext, rooms: Rooms, imports: Imports) {
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
          const { stat, acceptedOn } = statOnly.parse(await codec.open(DISTRICT_CASES, r.id, r.body))
          const accepted = stat.acceptedOn === undefined ? { acceptedOn: acceptedOn ?? null } : {}
          hit = { updatedAt: r.updatedAt, stat: { ...stat, ...accepted }, roomId: r.roomId }
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
    const [byRoom, facts, settings] = await Promise.all([
      inputs(roomId),
      screenings(roomId),
      readStatisticsSettings(db),
    ])
    return computeStatistics({
      inputs: [...byRoom.values()].flat(),
      screenings: [...facts.values()].flat(),
      range,
      groupBy,
      rateBase: settings.rateBase,
    })
  }

  return {
    compute: (period: Period, roomId: string | null = null, groupBy: GroupBy | null = null) =>
      table(periodRange(period), roomId, groupBy),

    /** One row per registered room (rooms without bundles show zeros): the drill-down by room. */
    async byRoom(period: Period): Promise<RoomStatistics[]> {
      const range = periodRange(period)
      const [byRoom, facts, registry, settings] = await Promise.all([
        inputs(null),
        screenings(null),
        rooms.list(),
        readStatisticsSettings(db),
      ])
      return registry.map((room) => {
        const list = byRoom.get(room.id) ?? []
        const { total } = computeStatistics({
          inputs: list,
          screenings: facts.get(room.id) ?? [],
          range,
          rateBase: settings.rateBase,
        })
        return { roomId: room.id, name: room.name, cases: list.length, total }
      })
    },
  }
}
