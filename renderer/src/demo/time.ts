/**
 * Clock arithmetic for demo data in China Standard Time (UTC+8, no daylight saving), fixed rather
 * than taken from the machine, so the same seed gives the same dates everywhere.
 */

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
const CST = 8 * HOUR

const pad = (n: number) => (n < 10 ? `0${n}` : String(n))

/** Start of the local (CST) day containing `ms`. */
export function localMidnight(ms: number): number {
  return Math.floor((ms + CST) / DAY) * DAY - CST
}

/** YYYY-MM-DD in CST. */
export function localDate(ms: number): string {
  const d = new Date(ms + CST)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** YYYY-MM-DDTHH:mm in CST, as a datetime-local field holds it. */
export function localDateTime(ms: number): string {
  const d = new Date(ms + CST)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** 2025年3月 */
export function localMonthText(ms: number): string {
  const d = new Date(ms + CST)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`
}

/** 2025年3月12日 */
export function localDateText(ms: number): string {
  const d = new Date(ms + CST)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
}

export function localYear(ms: number): number {
  return new Date(ms + CST).getUTCFullYear()
}
