/** How dates, times, counts and money are written on documents (Chinese official style). */
import nzhcn from 'nzh/cn'
import { formatYuan, toChineseCapitals } from '../../domain/amounts/amount'

/** 2026-03-05 → 2026年3月5日; '' stays ''. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return ''
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** 2026-03-05T09:30 → 2026年3月5日 9时30分. */
export function chineseDateTime(local: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(local)
  if (!m) return chineseDate(local)
  return `${chineseDate(m[1] ?? '')} ${Number(m[2])}时${m[3]}分`
}

/** An instant (ISO timestamp) as a local date. */
export function chineseDateOfInstant(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const pad = (n: number) => String(n).padStart(2, '0')
  return chineseDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`)
}

/** 3 → 三 (for 一式三份). */
export const chineseCount = (n: number): string => nzhcn.encodeS(n)

/** Money in figures, always with two decimals as agreements write it: 12,000.00. */
export function moneyFigures(fen: number): string {
  const s = formatYuan(fen)
  return s.includes('.') ? s : `${s}.00`
}

export const moneyCapitals = (fen: number): string => toChineseCapitals(fen)
