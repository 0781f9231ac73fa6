/**
 * Reporting periods: a month, a quarter, a year or any custom span of days, as inclusive
 * [from, to] calendar dates (YYYY-MM-DD, local days). A period also has a stable key
 * (2026-11, 2026-Q4, 2026, 2026-11-01..2026-11-15) under which 零上报 and exports are filed.
 */
import { z } from 'zod'
import { isIsoDate, todayIso } from '../shared/dates'
import { STAT_MSG } from './messages'

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const
export type PeriodKind = (typeof PERIOD_KINDS)[number]

const year = z.number().int().min(2000).max(9999)
const day = z.string().refine(isIsoDate, STAT_MSG.date)

export const periodSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12) }),
    z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4) }),
    z.object({ kind: z.literal('year'), year }),
    z.object({ kind: z.literal('custom'), from: day, to: day }),
  ])
  .superRefine((p, ctx) => {
    if (p.kind === 'custom' && p.from > p.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: STAT_MSG.periodOrder })
    }
  })
export type Period = z.output<typeof periodSchema>

/** Inclusive calendar-day bounds. */
export interface DateRange {
  from: string
  to: string
}

export const dateRangeSchema = z
  .object({ from: day, to: day })
  .refine((r) => r.from <= r.to, { path: ['to'], message: STAT_MSG.periodOrder })

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function periodRange(p: Period): DateRange {
  switch (p.kind) {
    case 'month':
      return {
        from: `${p.year}-${pad(p.month)}-01`,
        to: `${p.year}-${pad(p.month)}-${lastDayOfMonth(p.year, p.month)}`,
      }
    case 'quarter': {
      const first = (p.quarter - 1) * 3 + 1
      const last = first + 2
      return {
        from: `${p.year}-${pad(first)}-01`,
        to: `${p.year}-${pad(last)}-${lastDayOfMonth(p.year, last)}`,
      }
    }
    case 'year':
      return { from: `${p.year}-01-01`, to: `${p.year}-12-31` }
    case 'custom':
      return { from: p.from, to: p.to }
  }
}

export function inRange(date: string | null | undefined, r: DateRange): boolean {
  return !!date && date >= r.from && date <= r.to
}

export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${pad(p.month)}`
    case 'quarter':
      return `${p.year}-Q${p.quarter}`
    case 'year':
      return String(p.year)
    case 'custom':
      return `${p.from}..${p.to}`
  }
}

/** The inverse of periodKey; null for anything that is not a valid key. */
export function parsePeriodKey(key: string): Period | null {
  let m: RegExpExecArray | null
  let candidate: unknown = null
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) candidate = { kind: 'month', year: +m[1]!, month: +m[2]! }
  else if ((m = /^(\d{4})-Q(\d)$/.exec(key))) candidate = { kind: 'quarter', year: +m[1]!, quarter: +m[2]! }
  else if ((m = /^(\d{4})$/.exec(key))) candidate = { kind: 'year', year: +m[1]! }
  else if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key)))
    candidate = { kind: 'custom', from: m[1], to: m[2] }
  const parsed = periodSchema.safeParse(candidate)
  return parsed.success ? parsed.data : null
}

/** The month, quarter or year that contains `date` (default: today). */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, date: string = todayIso()): Period {
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7))
  if (kind === 'month') return { kind, year: y, month: m }
  if (kind === 'quarter') return { kind, year: y, quarter: Math.ceil(m / 3) }
  return { kind, year: y }
}

/** A calendar day moved by n days (no time zone involved: dates are plain days). */
export function shiftDay(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}
