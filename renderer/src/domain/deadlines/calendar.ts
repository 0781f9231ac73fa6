/**
 * Calendar arithmetic for deadlines, on ISO dates (`YYYY-MM-DD`, local calendar days; no times, no
 * time zones). Working days are Monday to Friday, minus the calendar's off days (statutory holidays),
 * plus its working weekends (调休 make-up days). Counting starts the day after the start event
 * (民法典 Art. 201: the day of the event is not counted).
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { DEADLINE_MSG } from './messages'

export interface HolidayCalendar {
  /** Days off that would otherwise be working days (or are part of a holiday), sorted, unique. */
  offDays: string[]
  /** Saturdays and Sundays that are working days (调休), sorted, unique. */
  workingWeekends: string[]
}

export type DayUnit = 'calendar' | 'working'

const DAY_MS = 86_400_000
/** Generous: the built-in calendar holds about 23 years of roughly 30 days each. */
export const MAX_CALENDAR_DATES = 5000

function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${JSON.stringify(date)}`)
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const d = weekday(date)
  return d === 0 || d === 6
}

const sortedUnique = (dates: string[]) => [...new Set(dates)].sort()

const isoDate = z.string().refine(isIsoDate, DEADLINE_MSG.date)
const dateList = (item: z.ZodType<string, string>) =>
  z.array(item).max(MAX_CALENDAR_DATES, DEADLINE_MSG.tooManyDates).transform(sortedUnique)

export const holidayCalendarSchema = z
  .object({
    offDays: dateList(isoDate),
    workingWeekends: dateList(isoDate.refine((d) => !isIsoDate(d) || isWeekend(d), DEADLINE_MSG.notWeekend)),
  })
  .superRefine((cal, ctx) => {
    const off = new Set(cal.offDays)
    if (cal.workingWeekends.some((d) => off.has(d))) {
      ctx.addIssue({ code: 'custom', path: ['workingWeekends'], message: DEADLINE_MSG.bothOffAndWorking })
    }
  })

interface CalendarIndex {
  off: ReadonlySet<string>
  working: ReadonlySet<string>
}
const indexes = new WeakMap<HolidayCalendar, CalendarIndex>()

/** Set lookups for a calendar, built once per calendar object (calendars are treated as immutable). */
function indexOf(cal: HolidayCalendar): CalendarIndex {
  let index = indexes.get(cal)
  if (!index) {
    index = { off: new Set(cal.offDays), working: new Set(cal.workingWeekends) }
    indexes.set(cal, index)
  }
  return index
}

export function isWorkingDay(date: string, cal: HolidayCalendar): boolean {
  const { off, working } = indexOf(cal)
  if (off.has(date)) return false
  if (isWeekend(date)) return working.has(date)
  return true
}

/**
 * The date `n` days after `date`. Calendar days: plain arithmetic. Working days: the n-th working
 * day after `date` (the start day itself never counts, whatever it is); negative `n` counts back.
 * `n = 0` is `date` itself.
 */
export function addDays(date: string, n: number, unit: DayUnit, cal: HolidayCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`)
  const start = dayNumber(date)
  if (unit === 'calendar') return fromDayNumber(start + n)
  const step = n < 0 ? -1 : 1
  let day = start
  for (let counted = 0; counted < Math.abs(n);) {
    day += step
    if (isWorkingDay(fromDayNumber(day), cal)) counted++
  }
  return fromDayNumber(day)
}

/**
 * The day itself if it is a working day, else the next working day: where a limit's last day is a
 * statutory holiday or rest day, the limit ends on the day after the holiday (民法典 Art. 203;
 * 民事诉讼法 Art. 85).
 */
export function nextWorkingDay(date: string, cal: HolidayCalendar): string {
  let day = dayNumber(date)
  // A year of days off in a row cannot happen; the bound only stops a malformed calendar looping.
  for (let i = 0; i < 366 && !isWorkingDay(fromDayNumber(day), cal); i++) day++
  return fromDayNumber(day)
}

/**
 * The same day of the month `n` months later, or the month's last day if it has no such day
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of months: ${n}`)
  dayNumber(date)
  const y = Number(date.slice(0, 4))
  const m = Number(date.slice(5, 7)) - 1 + n
  const d = Number(date.slice(8, 10))
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10)
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** Every calendar day of the year in question that is an off day / working weekend. */
export function calendarYear(cal: HolidayCalendar, year: number): HolidayCalendar {
  const prefix = `${String(year).padStart(4, '0')}-`
  return {
    offDays: cal.offDays.filter((d) => d.startsWith(prefix)),
    workingWeekends: cal.workingWeekends.filter((d) => d.startsWith(prefix)),
  }
}

/** The years the calendar has any entry for, ascending. */
export function calendarYears(cal: HolidayCalendar): number[] {
  return [...new Set([...cal.offDays, ...cal.workingWeekends].map((d) => Number(d.slice(0, 4))))].sort(
    (a, b) => a - b,
  )
}
