/**
 * Period reports to the district. 零上报 — "this period had no new disputes" — is a report in its
 * own right, so it is filed only when it is true: the period has begun, no dispute was registered
 * in it (declined ones included), and it has not been filed before. The list shows, for each
 * report, how many disputes the period has now, so a case registered afterwards is noticed.
 */
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import {
  STAT_MSG,
  parsePeriodKey,
  periodKey,
  periodRange,
  periodSchema,
  zeroReportInputSchema,
  type Period,
  type PeriodReport,
} from '../../../domain/statistics'
import { z } from 'zod'

export type ZeroReportInput = z.input<typeof zeroReportInputSchema>
import type { PeriodReportRow } from '../../schema'
import type { StatisticsContext } from './context'
import { registeredIn } from './load-inputs'

export const PERIOD_REPORTS = 'periodReports'

const sealedSchema = z.object({
  kind: z.literal('zero'),
  note: z.string(),
  createdBy: z.string(),
  byName: z.string(),
})

export function createPeriodReports(ctx: StatisticsContext) {
  const { db, codec, audit, access, now, need } = ctx

  async function newDisputes(period: Period): Promise<number> {
    return (await registeredIn(db, periodRange(period))).length
  }

  async function toReport(row: PeriodReportRow): Promise<PeriodReport> {
    const body = sealedSchema.parse(await codec.open(PERIOD_REPORTS, row.id, row.body))
    const period = parsePeriodKey(row.period)
    return {
      id: row.id,
      period: row.period,
      createdAt: row.createdAt,
      ...body,
      newDisputesNow: period ? await newDisputes(period) : 0,
    }
  }

  return {
    async fileZeroReport(periodInput: Period, input: ZeroReportInput = {}): Promise<PeriodReport> {
      need('case:update')
      const period = parseOrThrow(periodSchema, periodInput)
      const { note } = parseOrThrow(zeroReportInputSchema, input)
      const key = periodKey(period)
      const refuse = (message: string) => new ValidationError([{ path: 'period', message }])
      if (periodRange(period).from > todayIso(now())) throw refuse(STAT_MSG.zeroReportNotStarted)
      const id = ctx.newId()
      const createdAt = now().toISOString()
      const body = { kind: 'zero' as const, note, createdBy: access.actor.id, byName: access.actor.username }
      // Sealed first (crypto would end a transaction); then checked and stored in one transaction,
      // so a case registered meanwhile in another window cannot slip between the check and the write.
      const sealed = await codec.seal(PERIOD_REPORTS, id, body)
      await audit.commit([db.cases, db.periodReports], async () => ({
        entry: {
          actor: access.actor,
          action: 'statistics.zero-report',
          target: { type: 'period-report', id },
          details: { period: key },
        },
        write: async () => {
          if (await newDisputes(period)) throw refuse(STAT_MSG.zeroReportHasCases)
          if (await db.periodReports.where('period').equals(key).count())
            throw refuse(STAT_MSG.zeroReportAlreadyFiled)
          await db.periodReports.add({ id, period: key, createdAt, body: sealed })
        },
      }))
      return { id, period: key, createdAt, ...body, newDisputesNow: 0 }
    },

    /** Reports filed, newest first; `period` narrows to one period's key. */
    async periodReports(period?: Period): Promise<PeriodReport[]> {
      need('statistics:read')
      const rows = period
        ? await db.periodReports.where('period').equals(periodKey(period)).toArray()
        : await db.periodReports.toArray()
      const reports = await Promise.all(rows.map(toReport))
      return reports.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    },
  }
}
