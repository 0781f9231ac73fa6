/**
 * Screening rounds (排查): mediators record when and where they screened for disputes and how many
 * they found. The date and the count are plain (statistics count them); area and notes are sealed.
 * Every change is audited with the date and count only.
 */
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import {
  STAT_MSG,
  screeningInputSchema,
  type DateRange,
  type Screening,
  type ScreeningData,
  type ScreeningFact,
  type ScreeningInput,
} from '../../../domain/statistics'
import { z } from 'zod'
import type { ScreeningRow } from '../../schema'
import type { StatisticsContext } from './context'

export const SCREENINGS = 'screenings'

const sealedSchema = z.object({ area: z.string(), notes: z.string(), createdBy: z.string() })

export function createScreenings(ctx: StatisticsContext) {
  const { db, codec, audit, access, now, need } = ctx

  function validate(input: ScreeningInput): ScreeningData {
    const data = parseOrThrow(screeningInputSchema, input)
    if (data.date > todayIso(now()))
      throw new ValidationError([{ path: 'date', message: STAT_MSG.futureDate }])
    return data
  }

  async function mustGet(id: string): Promise<ScreeningRow> {
    const row = await db.screenings.get(id)
    if (!row) throw new ValidationError([{ path: 'id', message: STAT_MSG.screeningNotFound }])
    return row
  }

  async function toScreening(row: ScreeningRow): Promise<Screening> {
    const body = sealedSchema.parse(await codec.open(SCREENINGS, row.id, row.body))
    return {
      id: row.id,
      date: row.date,
      found: row.found,
      prevented: row.prevented ?? 0,
      createdAt: row.createdAt,
      ...body,
    }
  }

  /** The date and the counts stay plain (statistics count them); area, notes and author are sealed. */
  async function toRow(s: Screening): Promise<ScreeningRow> {
    const body: z.output<typeof sealedSchema> = { area: s.area, notes: s.notes, createdBy: s.createdBy }
    return {
      id: s.id,
      date: s.date,
      found: s.found,
      prevented: s.prevented,
      createdAt: s.createdAt,
      body: await codec.seal(SCREENINGS, s.id, body),
    }
  }

  /** Stores a round (new or changed) and its entry in one transaction. */
  const store = (
    screening: Screening,
    action: 'statistics.screening-create' | 'statistics.screening-update',
  ) =>
    audit.commit([db.screenings], async () => {
      const row = await toRow(screening)
      return {
        entry: {
          actor: access.actor,
          action,
          target: { type: 'screening', id: screening.id },
          details: { date: screening.date, found: screening.found, prevented: screening.prevented },
        },
        write: () => db.screenings.put(row),
      }
    })
  return {
    /** Date and count only: what statistics need, with nothing to decrypt. */
    async screeningFacts(range: DateRange): Promise<ScreeningFact[]> {
      need('statistics:read')
      const rows = await db.screenings.where('date').between(range.from, range.to, true, true).toArray()
      return rows.map((r) => ({ date: r.date, found: r.found, prevented: r.prevented ?? 0 }))
    },

    async screenings(range: DateRange): Promise<Screening[]> {
      need('statistics:read')
      const rows = await db.screenings.where('date').between(range.from, range.to, true, true).toArray()
      const list = await Promise.all(rows.map(toScreening))
      return list.sort((a, b) =>
        a.date < b.date ? 1 : a.date > b.date ? -1 : a.createdAt < b.createdAt ? 1 : -1,
      )
    },

    async addScreening(input: ScreeningInput): Promise<Screening> {
      need('case:update')
      const data = validate(input)
      const id = ctx.newId()
      const screening: Screening = {
        id,
        date: data.date,
        found: data.found,
        prevented: data.prevented,
        createdAt: now().toISOString(),
        area: data.area,
        notes: data.notes,
        createdBy: access.actor.id,
      }
      await store(screening, 'statistics.screening-create')
      return screening
    },

    async updateScreening(id: string, input: ScreeningInput): Promise<Screening> {
      need('case:update')
      const data = validate(input)
      const before = await toScreening(await mustGet(id))
      const after: Screening = { ...before, ...data, createdBy: before.createdBy }
      await store(after, 'statistics.screening-update')
      return after
    },

    /** The audit entry is the tombstone: what was deleted (date, count), by whom and when. */
    async deleteScreening(id: string): Promise<void> {
      need('case:update')
      const row = await mustGet(id)
      await audit.commit([db.screenings], async () => ({
        entry: {
          actor: access.actor,
          action: 'statistics.screening-delete',
          target: { type: 'screening', id },
          details: { date: row.date, found: row.found },
        },
        write: () => db.screenings.delete(id),
      }))
    },
  }
}
