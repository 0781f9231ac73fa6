/**
 * The built-in holiday calendar: China's statutory holidays and 调休 working weekends as published
 * by the State Council each year, taken at import from the data the `chinese-days` package ships
 * (every year it covers, 2004 onwards). The administrator edits a copy in 设置 and may reset to this.
 * Updating the package brings new years in.
 */
import data from 'chinese-days/dist/chinese-days.json'
import type { HolidayCalendar } from './calendar'

/** chinese-days stores each day as "English name,中文名,length of the holiday in days". */
const table = (days: Record<string, string>) => days

const holidays = table(data.holidays)
const workdays = table(data.workdays)

const BUILT_IN: Readonly<HolidayCalendar> = Object.freeze({
  offDays: Object.freeze(Object.keys(holidays).sort()) as string[],
  workingWeekends: Object.freeze(Object.keys(workdays).sort()) as string[],
})

/** A fresh copy of the built-in calendar (callers may keep and change it). */
export function defaultHolidayCalendar(): HolidayCalendar {
  return { offDays: [...BUILT_IN.offDays], workingWeekends: [...BUILT_IN.workingWeekends] }
}

/** The first and last year the built-in data covers. */
export const BUILT_IN_YEARS = (() => {
  const years = BUILT_IN.offDays.map((d) => Number(d.slice(0, 4)))
  return { first: Math.min(...years), last: Math.max(...years) }
})()

export interface HolidayName {
  zh: string
  en: string
}

/**
 * The holiday a built-in off day belongs to, or the holiday a built-in working weekend makes up
 * for; null for dates the built-in data does not list (for example ones the administrator added).
 */
export function builtInHolidayName(date: string): HolidayName | null {
  const entry = holidays[date] ?? workdays[date]
  if (!entry) return null
  const [en = '', zh = ''] = entry.split(',')
  return { zh, en }
}
