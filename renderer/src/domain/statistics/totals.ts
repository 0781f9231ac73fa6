/**
 * Totals kept per month, quarter and year (issue 17): what each case adds to every such period it
 * counts in, summed at import time, so a district's statistics read a handful of totals instead of
 * opening 100,000 cases. A period's totals are the sums of `contribution` over that whole period —
 * not of its months — because some measures count a case once however often it happens (回访数: a
 * case visited in January and February is one visit in the quarter). A custom span of days is not
 * kept: it is computed from the cases. Pure: the data layer stores and seals these.
 */
import {
  addCounts,
  GROUP_BYS,
  groupKeyOf,
  tableOf,
  type ComputeArgs,
  type GroupBy,
  type StatTable,
} from './compute'
import { contribution, contributes, emptyCounts, type CaseCounts, type CaseMeasure } from './measures'
import { periodContaining, periodKey, periodRange, type DateRange, type Period } from './period'
import type { StatInput } from './stat-input'

/** The period kinds whose totals are kept. */
export const TOTALLED_KINDS = ['month', 'quarter', 'year'] as const

/** Counts with the zeros left out, as they are stored. */
export type SparseCounts = Partial<Record<CaseMeasure, number>>

/** One period's totals: over all cases, and per group key of every grouping. */
export interface PeriodTotals {
  total: SparseCounts
  groups: Partial<Record<GroupBy, Record<string, SparseCounts>>>
}

/** Totals by period key (2026-11, 2026-Q4, 2026). */
export type TotalsByPeriod = Map<string, PeriodTotals>

/** Every day on which something happens to the case that some measure counts. */
function eventDays(i: StatInput): string[] {
  const days = [
    i.acceptedOn,
    i.concludedOn,
    i.performedOn,
    i.unperformedOn,
    ...i.confirmationApplied,
    ...i.confirmed,
    ...i.visits,
    ...i.preventions.map((p) => p.on),
  ]
  return days.filter((d): d is string => !!d)
}

/** Adds (or, with sign -1, takes away) counts, sparse or full; a measure that comes to 0 is left out. */
function addSparse(into: SparseCounts, from: SparseCounts, sign: 1 | -1): void {
  for (const m of Object.keys(from) as CaseMeasure[]) {
    const value = (into[m] ?? 0) + sign * (from[m] ?? 0)
    if (value) into[m] = value
    else delete into[m]
  }
}

const isEmpty = (counts: SparseCounts) => Object.keys(counts).length === 0

/**
 * An object keyed by data (group keys come from imported cases): without a prototype, so no key —
 * `__proto__`, `constructor` — can reach Object.prototype or a built-in.
 */
const keyed = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

/** The months, quarters and years a case counts in, by key. */
function periodsOf(input: StatInput): Map<string, Period> {
  const periods = new Map<string, Period>()
  for (const day of eventDays(input)) {
    for (const kind of TOTALLED_KINDS) {
      const p = periodContaining(kind, day)
      periods.set(periodKey(p), p)
    }
  }
  return periods
}

/**
 * Adds what one case adds to each month, quarter and year it counts in straight into `into` (sign
 * -1: takes it away, as when a newer copy replaces it) — no per-case objects beyond its counts, since
 * an import does this for every one of 100,000 cases.
 */
export function addCase(into: TotalsByPeriod, input: StatInput, sign: 1 | -1 = 1): void {
  for (const [key, p] of periodsOf(input)) {
    const counts = contribution(input, periodRange(p))
    if (!contributes(counts)) continue
    const target = into.get(key) ?? emptyTotals()
    into.set(key, target)
    addSparse(target.total, counts, sign)
    for (const g of GROUP_BYS) {
      const groups = (target.groups[g] ??= keyed())
      const k = groupKeyOf(input, g)
      const group = (groups[k] ??= keyed())
      addSparse(group, counts, sign)
      if (isEmpty(group)) delete groups[k]
      if (Object.keys(groups).length === 0) delete target.groups[g]
    }
  }
}

/** What one case adds to each month, quarter and year it counts in. */
export function totalsOfCase(input: StatInput): TotalsByPeriod {
  const out: TotalsByPeriod = new Map()
  addCase(out, input)
  return out
}

export const emptyTotals = (): PeriodTotals => ({ total: {}, groups: keyed() })

/** Adds one period's totals into another (sign -1: takes them away, as when a case is replaced). */
export function addTotals(into: PeriodTotals, from: PeriodTotals, sign: 1 | -1 = 1): void {
  addSparse(into.total, from.total, sign)
  for (const g of Object.keys(from.groups) as GroupBy[]) {
    const target = (into.groups[g] ??= keyed())
    for (const [key, counts] of Object.entries(from.groups[g] ?? {})) {
      const group = (target[key] ??= keyed())
      addSparse(group, counts, sign)
      if (isEmpty(group)) delete target[key]
    }
    if (Object.keys(target).length === 0) delete into.groups[g]
  }
}

/** True when nothing is counted (all added cases taken away again). */
export const totalsEmpty = (t: PeriodTotals) => isEmpty(t.total) && Object.keys(t.groups).length === 0

/** The key of the month, quarter or year a range is exactly, whose totals are kept; else null. */
export function totalledPeriodOf(range: DateRange): string | null {
  for (const kind of TOTALLED_KINDS) {
    const p = periodContaining(kind, range.from)
    const r = periodRange(p)
    if (r.from === range.from && r.to === range.to) return periodKey(p)
  }
  return null
}

/**
 * The statistics table of one period from kept totals (one room's, or many rooms' summed): the same
 * table computeStatistics gives over the cases behind them.
 */
export function tableFromTotals(
  totals: readonly PeriodTotals[],
  args: Omit<ComputeArgs, 'inputs'>,
): StatTable {
  const total = emptyCounts()
  const groups = new Map<string, CaseCounts>()
  for (const t of totals) {
    addCounts(total, t.total)
    if (!args.groupBy) continue
    for (const [key, counts] of Object.entries(t.groups[args.groupBy] ?? {})) {
      const group = groups.get(key) ?? emptyCounts()
      addCounts(group, counts)
      groups.set(key, group)
    }
  }
  return tableOf({ total, groups }, args)
}
