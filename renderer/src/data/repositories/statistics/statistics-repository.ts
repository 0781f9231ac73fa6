/**
 * Statistics: the numbers of any period, computed by the pure domain function from per-case facts
 * (so a district importing this room's de-identified cases gets the same numbers), the cases
 * behind a number for those who may read cases, screening rounds (排查), 零上报 and the audit of
 * statutory-table downloads. Aggregates need `statistics:read`; anything naming cases, `case:read`.
 */
import type { OrganisationKind } from '../../../domain/auth/account'
import type { CaseSummary } from '../../../domain/cases/case'
import { parseOrThrow } from '../../../domain/shared/errors'
import {
  casesBehind,
  computeStatistics,
  dateRangeSchema,
  periodKey,
  periodRange,
  periodSchema,
  rosterCounts,
  statutoryTables,
  type RosterCounts,
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
import { readOrganisation } from '../settings-repository'
import { readStatisticsSettings, ROSTER_KEY } from '../reporting-settings'
import { rosterSchema } from '../../../domain/statistics/settings'
import type { CaseRow } from '../../schema'
import { rowsToSummaries } from '../cases/case-rows'
import { statisticsContext, type StatisticsDeps } from './context'
import { loadStatInputs } from './load-inputs'
import { createPeriodReports, type ZeroReportInput } from './period-reports'
import { createScreenings } from './screenings'

/**
 * 委派/委托 cases handled by a 调委会 are people's mediation (人民调解工作统计表); a 司法所 reports for
 * its committees. Other bodies (行政机关, 特邀调解组织) report them in a table of their own.
 */
export function courtLinkedIsPeople(kind: OrganisationKind | undefined): boolean {
  return kind === undefined || kind === 'committee' || kind === 'judicial-office'
}

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
  /**
   * The statutory tables of the period, one per kind of mediation (人民调解, 行政调解 by sector, and
   * 委派/委托 unless this room is a 调委会 or 司法所), by the room's statistics settings.
   */
  statutory(period: Period): Promise<StatutoryTable[]>
  /** 组织队伍 counts (a 司法所's committees and mediators), null when none are kept. */
  roster(): Promise<RosterCounts | null>
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
      const [inputs, facts, settings] = await Promise.all([
        statInputs(range),
        screenings.screeningFacts(range),
        readStatisticsSettings(db),
      ])
      return computeStatistics({ inputs, screenings: facts, range, groupBy, rateBase: settings.rateBase })
    },

    async statutory(period) {
      const { range } = rangeOf(period)
      const [inputs, facts, settings, organisation] = await Promise.all([
        statInputs(range),
        screenings.screeningFacts(range),
        readStatisticsSettings(db),
        readOrganisation(db),
      ])
      return statutoryTables({
        inputs,
        screenings: facts,
        range,
        rateBase: settings.rateBase,
        prevention: settings.prevention,
        courtLinkedIsPeople: courtLinkedIsPeople(organisation?.kind),
      })
    },

    async roster() {
      need('statistics:read')
      const parsed = rosterSchema.safeParse((await db.settings.get(ROSTER_KEY))?.value)
      return parsed.success && parsed.data.committees.length ? rosterCounts(parsed.data) : null
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
