/**
 * The district's statistics totals (schema v7, issue 17): per room and per month, quarter and year,
 * what its imported cases add to every measure, overall and per group (domain/statistics/totals),
 * sealed like every other row. An import changes them in its own transaction (applyInside): a new
 * case adds its totals, a newer copy of a case takes the old copy's away and adds its own. A
 * workspace whose cases came before the totals (upgraded from v6, or restored from such a backup)
 * builds them once from its cases, the first time they are needed (ensureBuilt).
 */
import { Dexie } from 'dexie'
import { z } from 'zod'
import {
  addCase,
  addTotals,
  emptyTotals,
  totalsEmpty,
  type PeriodTotals,
  type StatInput,
  type TotalsByPeriod,
} from '../../../domain/statistics'
import type { DistrictCaseRow, DistrictTotalRow } from '../../schema'
import type { ExportContext } from '../export/context'
import { openStat } from './district-case'

export const DISTRICT_TOTALS = 'districtTotals'
/** The row that says the totals were built from the imported cases. */
const BUILT = '*'
/** The pseudo-period of a room's case count. */
const CASES = 'cases'
/** Cases read (and opened) at a time while building. */
const PAGE = 2000

const rowId = (roomId: string, period: string) => `${roomId}|${period}`

const countsSchema = z.record(z.string(), z.number().int())
const totalsSchema = z.object({
  total: countsSchema,
  groups: z.record(z.string(), z.record(z.string(), countsSchema)),
})
const casesSchema = z.object({ cases: z.number().int().min(0) })

/** What one import (or the build) changes for one room: totals by period, and its case count. */
export interface RoomDelta {
  totals: TotalsByPeriod
  cases: number
}

export const emptyDelta = (): RoomDelta => ({ totals: new Map(), cases: 0 })

export function createDistrictTotals({ db, codec }: Pick<ExportContext, 'db' | 'codec'>) {
  let built = false

  const open = async <T>(row: DistrictTotalRow, schema: z.ZodType<T>): Promise<T> =>
    schema.parse(await codec.open(DISTRICT_TOTALS, row.id, row.body))
  const sealed = async (roomId: string, period: string, value: unknown): Promise<DistrictTotalRow> => {
    const id = rowId(roomId, period)
    return { id, roomId, period, body: await codec.seal(DISTRICT_TOTALS, id, value) }
  }

  /** Applies a room's delta inside the caller's read-write transaction over districtTotals. */
  async function applyInside(roomId: string, delta: RoomDelta): Promise<void> {
    const periods = [...delta.totals.keys()]
    const ids = [...periods, CASES].map((p) => rowId(roomId, p))
    const held = await db.districtTotals.bulkGet(ids)
    const { puts, deletes } = await Dexie.waitFor(
      (async () => {
        const puts: Promise<DistrictTotalRow>[] = []
        const deletes: string[] = []
        for (const [i, period] of periods.entries()) {
          const row = held[i]
          const current = row ? ((await open(row, totalsSchema)) as PeriodTotals) : emptyTotals()
          addTotals(current, delta.totals.get(period) as PeriodTotals)
          if (!totalsEmpty(current)) puts.push(sealed(roomId, period, current))
          else if (row) deletes.push(row.id)
        }
        const countRow = held[periods.length]
        const cases = (countRow ? (await open(countRow, casesSchema)).cases : 0) + delta.cases
        puts.push(sealed(roomId, CASES, { cases }))
        return { puts: await Promise.all(puts), deletes }
      })(),
    )
    await db.districtTotals.bulkPut(puts)
    if (deletes.length) await db.districtTotals.bulkDelete(deletes)
  }

  /** Builds the totals from the imported cases, once (a workspace whose cases came before them). */
  async function ensureBuilt(): Promise<void> {
    if (built) return
    await db.transaction('rw', [db.districtCases, db.districtTotals], async () => {
      if (await db.districtTotals.get(BUILT)) return
      await db.districtTotals.clear()
      const byRoom = new Map<string, RoomDelta>()
      let last: string | null = null
      for (;;) {
        const page: DistrictCaseRow[] = await (
          last === null ? db.districtCases.orderBy('id') : db.districtCases.where('id').above(last)
        )
          .limit(PAGE)
          .toArray()
        if (!page.length) break
        const stats = await Dexie.waitFor(Promise.all(page.map((r) => openStat(codec, r))))
        page.forEach((r, i) => {
          const delta = byRoom.get(r.roomId) ?? emptyDelta()
          addCase(delta.totals, stats[i] as StatInput)
          delta.cases++
          byRoom.set(r.roomId, delta)
        })
        last = (page[page.length - 1] as DistrictCaseRow).id
      }
      for (const [roomId, delta] of byRoom) await applyInside(roomId, delta)
      const body = await Dexie.waitFor(codec.seal(DISTRICT_TOTALS, BUILT, { built: 1 }))
      await db.districtTotals.put({ id: BUILT, roomId: '', period: '', body })
    })
    built = true
  }

  return {
    ensureBuilt,
    applyInside,

    /** Each room's totals for one kept period (all rooms, or one). */
    async forPeriod(period: string, roomId: string | null): Promise<Map<string, PeriodTotals>> {
      await ensureBuilt()
      const rows =
        roomId === null
          ? await db.districtTotals.where('period').equals(period).toArray()
          : [await db.districtTotals.get(rowId(roomId, period))].filter((r) => !!r)
      const opened = await Promise.all(rows.map((r) => open(r, totalsSchema) as Promise<PeriodTotals>))
      return new Map(rows.map((r, i) => [r.roomId, opened[i] as PeriodTotals]))
    },

    /** How many cases each room has at the district. */
    async caseCounts(): Promise<Map<string, number>> {
      await ensureBuilt()
      const rows = await db.districtTotals.where('period').equals(CASES).toArray()
      const opened = await Promise.all(rows.map((r) => open(r, casesSchema)))
      return new Map(rows.map((r, i) => [r.roomId, (opened[i] as { cases: number }).cases]))
    },
  }
}

export type DistrictTotals = ReturnType<typeof createDistrictTotals>
