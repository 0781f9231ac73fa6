/**
 * Whether the holiday calendar covers the years deadlines fall in. The State Council publishes next
 * year's 放假/调休 days late in the year, so from the fourth quarter the calendar should have them;
 * a deadline in a year with no entries is counted with weekends only, and says so.
 */
import { isIsoDate } from '../shared/dates'
import { calendarYears, isWeekend, type HolidayCalendar } from './calendar'

/** The year whose days are missing, if the administrator should be warned today; else null. */
export function missingCalendarYear(cal: HolidayCalendar, today: string): number | null {
  const year = Number(today.slice(0, 4))
  const years = new Set(calendarYears(cal))
  if (!years.has(year)) return year
  const fourthQuarter = Number(today.slice(5, 7)) >= 10
  return fourthQuarter && !years.has(year + 1) ? year + 1 : null
}

/** True when the calendar has no entry in the year of `date` (its working days are only guessed). */
export function yearWithoutCalendar(cal: HolidayCalendar, date: string): boolean {
  return !calendarYears(cal).includes(Number(date.slice(0, 4)))
}

export interface PastedDays {
  offDays: string[]
  workingWeekends: string[]
  /** Lines with no date in them (headings, notes) are skipped; lines that look wrong are listed. */
  rejected: string[]
}

const DATE = /(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?/gu
const RANGE_SEP = /^\s*(?:至|到|to|~|～|-|–|—)\s*$/iu
const WORKING = /(上班|调休上班|补班|工作日|working|work)/iu

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`

function daysFrom(from: string, to: string): string[] {
  const out: string[] = []
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)))
  let t = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)))
  for (let i = 0; t <= end && i < 31; i++, t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

/**
 * A pasted list of the State Council's notice, one line per holiday or working day, for example
 * `2027-01-01 至 2027-01-03 放假` or `2027年2月7日 上班`. A line that says 上班/补班 lists 调休 working
 * days (which must be weekends); every other dated line lists days off. Ranges run at most 31 days.
 */
export function parseHolidayList(text: string): PastedDays {
  const off = new Set<string>()
  const working = new Set<string>()
  const rejected: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const matches = [...line.matchAll(DATE)]
    if (matches.length === 0) continue
    const dates = matches.map((m) => iso(m[1] ?? '', m[2] ?? '', m[3] ?? ''))
    if (dates.some((d) => !isIsoDate(d))) {
      rejected.push(line)
      continue
    }
    const isWorking = WORKING.test(line)
    let days: string[] = dates
    const [first, second] = matches
    if (dates.length === 2 && first && second && first.index !== undefined && second.index !== undefined) {
      const between = line.slice(first.index + first[0].length, second.index)
      if (RANGE_SEP.test(between)) days = daysFrom(dates[0] as string, dates[1] as string)
    }
    if (isWorking && days.some((d) => !isWeekend(d))) {
      rejected.push(line)
      continue
    }
    for (const d of days) (isWorking ? working : off).add(d)
  }
  return { offDays: [...off].sort(), workingWeekends: [...working].sort(), rejected }
}
