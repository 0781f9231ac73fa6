/**
 * Statistics: the numbers of any period, computed by the pure domain function from per-case facts
 * (so a district importing this room's de-identified cases gets the same numbers), the cases
 * behind a number for those who may read cases, screening rounds (排查), 零上报 and the audit of
 * statutory-table downloads. Aggregates need `statistics:read`; anything naming cases, `case:read`.
 */
import type { CaseSummary } from '../../../domain/cases/case'
import { parseOrThrow } from '../../../domain/shared/errors'
import {
  casesBehind,
  computeStatistics,
  dateRangeSchema,
  periodKey,
  periodRange,
  periodSchema,
  statutoryTable,
  type CaseMeasure,
  type DateRange,
  type GroupBy,
  type Period,
  type PeriodReport,
  type Screening,
  type ScreeningFact,
  type ScreeningInput,
  type StatInput,
  type StatTable,
  type StatutoryTable,
} from '../../../domain/statistics'
import type { CaseRow } from '../../schema'
import { rowsToSummaries } from '../cases/case-rows'
import { statisticsContext, type StatisticsDeps } from './context'
import { loadStatInputs } from './load-inputs'
import { createPeriodReports, type ZeroReportInput } from './period-reports'
import { createScreenings } from './screenings'

/** A drill-down lists at most this many cases (newest first); `total` says how many there are. */
export const DRILL_DOWN_LIMIT = 500

export interface DrillDown {
  total: number
  items: CaseSummary[]
}

/** A period's numbers (statistics:read), the cases behind them (case:read), screenings and 零上报. */
export interface StatisticsRepository {
  /** The facts of every case that can count in the range (also what an export carries). */
  statInputs(range: DateRange): Promise<StatInput[]>
  compute(period: Period, groupBy?: GroupBy | null): Promise<StatTable>
  statutory(period: Period): Promise<StatutoryTable>
  /** The cases behind one number, as case-list rows (they show party names: case:read only). */
  drillDown(
    period: Period,
    measure: CaseMeasure,
    group?: { groupBy: GroupBy; key: string } | null,
  ): Promise<DrillDown>
  /** Downloading a statutory table is an export of (aggregate) data: recorded like any other. */
  recordExport(period: Period, format: 'xlsx' | 'pdf'): Promise<void>
  /** Screening rounds' dates and counts (nothing sealed). */
  screeningFacts(range: DateRange): Promise<ScreeningFact[]>
  screenings(range: DateRange): Promise<Screening[]>
  addScreening(input: ScreeningInput): Promise<Screening>
  updateScreening(id: string, input: ScreeningInput): Promise<Screening>
  /** The audit entry is the tombstone: what was deleted (date, count), by whom and when. */
  deleteScreening(id: string): Promise<void>
  /** 零上报: filed only when the period has begun, has no dispute, and was not filed before. */
  fileZeroReport(period: Period, input?: ZeroReportInput): Promise<PeriodReport>
  /** Reports filed, newest first; `period` narrows to one period's key. */
  periodReports(period?: Period): Promise<PeriodReport[]>
}

export function createStatisticsRepository(deps: StatisticsDeps): StatisticsRepository {
  const ctx = statisticsContext(deps)
  const { db, codec, audit, access, need } = ctx
  const screenings = createScreenings(ctx)
  const reports = createPeriodReports(ctx)
  // Screens and tests may send anything at runtime: the period is checked here, whatever its type says.
  const rangeOf = (period: Period): { period: Period; range: DateRange } => {
    const p = parseOrThrow(periodSchema, period)
    return { period: p, range: periodRange(p) }
  }

  async function statInputs(range: DateRange): Promise<StatInput[]> {
    need('statistics:read')
    return loadStatInputs(db, codec, parseOrThrow(dateRangeSchema, range))
  }

  return {
    /** The facts of every case that can count in the range (also what an export carries). */
    statInputs,

    async compute(period, groupBy = null) {
      const { range } = rangeOf(period)
      const [inputs, facts] = await Promise.all([statInputs(range), screenings.screeningFacts(range)])
      return computeStatistics({ inputs, screenings: facts, range, groupBy })
    },

    async statutory(period) {
      const { range } = rangeOf(period)
      const [inputs, facts] = await Promise.all([statInputs(range), screenings.screeningFacts(range)])
      return statutoryTable({ inputs, screenings: facts, range })
    },

    /** The cases behind one number, as case-list rows (they show party names: case:read only). */
    async drillDown(period, measure, group = null) {
      need('case:read')
      const { range } = rangeOf(period)
      const ids = casesBehind(await statInputs(range), range, measure, group)
      const rows = (await db.cases.bulkGet(ids)).filter((r): r is CaseRow => !!r)
      rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      const items = await rowsToSummaries(codec, rows.slice(0, DRILL_DOWN_LIMIT))
      return { total: ids.length, items }
    },

    /** Downloading a statutory table is an export of (aggregate) data: recorded like any other. */
    async recordExport(period, format) {
      need('statistics:read')
      const { period: p } = rangeOf(period)
      await audit.append(
        access.actor,
        'statistics.export',
        { type: 'statistics', id: '' },
        { period: periodKey(p), format },
      )
    },

    /** Screening rounds' dates and counts (what statistics and exports need; nothing sealed). */
    screeningFacts: screenings.screeningFacts,
    screenings: screenings.screenings,
    addScreening: screenings.addScreening,
    updateScreening: screenings.updateScreening,
    deleteScreening: screenings.deleteScreening,
    fileZeroReport: reports.fileZeroReport,
    periodReports: reports.periodReports,
  }
}
