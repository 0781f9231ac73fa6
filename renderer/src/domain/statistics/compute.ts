/**
 * Statistics as a pure function of per-case facts, screening rounds and a date range: a room's page
 * and a district's import run exactly this, so the same cases give the same numbers.
 */
import { OUTCOMES } from '../cases/case'
import { ADMIN_SECTORS, CASE_SOURCES, DISPUTE_TYPES, MEDIATION_KINDS } from '../cases/catalogues'
import {
  CASE_MEASURES,
  contributes,
  contribution,
  emptyCounts,
  ratesOf,
  type CaseCounts,
  type CaseMeasure,
  type RateBase,
  type StatMeasures,
} from './measures'
import { inRange, type DateRange } from './period'
import type { ScreeningFactLike, StatInput } from './stat-input'

export const GROUP_BYS = ['disputeType', 'kind', 'sector', 'source', 'outcome', 'mediator'] as const
export type GroupBy = (typeof GROUP_BYS)[number]

/** The group of a case still without an outcome. */
export const PENDING = 'pending'
/** The sector group of a case that is not 行政调解. */
export const NO_SECTOR = 'none'

export function groupKeyOf(input: StatInput, groupBy: GroupBy): string {
  switch (groupBy) {
    case 'disputeType':
      return input.disputeType
    case 'kind':
      return input.kind
    case 'sector':
      return input.sector ?? NO_SECTOR
    case 'source':
      return input.source
    case 'outcome':
      return input.outcome ?? PENDING
    case 'mediator':
      return input.mediatorId
  }
}

/** Fixed vocabularies list every code (a statutory table has a row per dispute type, even if 0). */
const FIXED_KEYS: Record<Exclude<GroupBy, 'mediator'>, readonly string[]> = {
  disputeType: DISPUTE_TYPES,
  kind: MEDIATION_KINDS,
  sector: [...ADMIN_SECTORS, NO_SECTOR],
  source: CASE_SOURCES,
  outcome: [...OUTCOMES, PENDING],
}

export interface StatRow {
  key: string
  measures: StatMeasures
}

export interface StatTable {
  range: DateRange
  groupBy: GroupBy | null
  /** 成功率's denominator in this table. */
  rateBase: RateBase
  rows: StatRow[]
  total: StatMeasures
}

export interface ComputeArgs {
  inputs: readonly StatInput[]
  screenings: readonly ScreeningFactLike[]
  range: DateRange
  groupBy?: GroupBy | null
  /** 成功率 = 调解成功数 ÷ 受理数 (default, as 司法局 publish it) or ÷ 办结数. */
  rateBase?: RateBase
}

export function addCounts(into: CaseCounts, counts: Partial<CaseCounts>): void {
  for (const m of CASE_MEASURES) into[m] += counts[m] ?? 0
}

interface ScreeningTotals {
  rounds: number
  found: number
  prevented: number
}

function finish(counts: CaseCounts, rateBase: RateBase, screenings: ScreeningTotals | null): StatMeasures {
  return {
    ...counts,
    ...ratesOf(counts, rateBase),
    screenings: screenings?.rounds ?? null,
    screeningFound: screenings?.found ?? null,
    screeningPrevented: screenings?.prevented ?? null,
  }
}

/** Case counts summed: over everything, and per group key when grouped. */
export interface SummedCounts {
  total: CaseCounts
  groups: Map<string, CaseCounts>
}

/**
 * The table of some summed counts: a row per group (every code of a fixed vocabulary, in its order,
 * even when 0; mediators busiest first), the rates, and the screening rounds held in the range.
 * computeStatistics sums the cases; a district sums the totals it kept at import (totals.ts).
 */
export function tableOf(
  { total, groups }: SummedCounts,
  { screenings, range, groupBy = null, rateBase = 'received' }: Omit<ComputeArgs, 'inputs'>,
): StatTable {
  const ordered = new Map<string, CaseCounts>()
  if (groupBy && groupBy !== 'mediator') for (const k of FIXED_KEYS[groupBy]) ordered.set(k, emptyCounts())
  if (groupBy) for (const [key, counts] of groups) addCounts(ordered.get(key) ?? setNew(ordered, key), counts)
  const held = screenings.filter((s) => inRange(s.date, range))
  const rows = [...ordered].map(([key, counts]) => ({ key, measures: finish(counts, rateBase, null) }))
  // Mediators have no fixed order: busiest first, then by id so the order is stable.
  if (groupBy === 'mediator')
    rows.sort((a, b) => b.measures.received - a.measures.received || (a.key < b.key ? -1 : 1))
  return {
    range,
    groupBy,
    rateBase,
    rows,
    total: finish(total, rateBase, {
      rounds: held.length,
      found: held.reduce((sum, s) => sum + s.found, 0),
      prevented: held.reduce((sum, s) => sum + (s.prevented ?? 0), 0),
    }),
  }
}

function setNew(map: Map<string, CaseCounts>, key: string): CaseCounts {
  const counts = emptyCounts()
  map.set(key, counts)
  return counts
}

export function computeStatistics(args: ComputeArgs): StatTable {
  const { inputs, range, groupBy = null } = args
  const summed: SummedCounts = { total: emptyCounts(), groups: new Map() }
  for (const input of inputs) {
    const counts = contribution(input, range)
    if (!contributes(counts)) continue
    addCounts(summed.total, counts)
    if (!groupBy) continue
    const key = groupKeyOf(input, groupBy)
    addCounts(summed.groups.get(key) ?? setNew(summed.groups, key), counts)
  }
  return tableOf(summed, args)
}

/**
 * The cases behind one number: those contributing to `measure` in the range, within one group
 * (or all groups when `groupKey` is null). Ordered as given.
 */
export function casesBehind(
  inputs: readonly StatInput[],
  range: DateRange,
  measure: CaseMeasure,
  group: { groupBy: GroupBy; key: string } | null = null,
): string[] {
  return inputs
    .filter((i) => !group || groupKeyOf(i, group.groupBy) === group.key)
    .filter((i) => contribution(i, range)[measure] > 0)
    .map((i) => i.id)
}
