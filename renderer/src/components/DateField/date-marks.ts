/** Which days a date picker marks: statutory holidays (休) and 调休 working weekends (班). */
import { isWeekend, type HolidayCalendar } from '../../domain/deadlines/calendar'

export type DayMark = 'off' | 'working' | null

export function dayMark(date: string, calendar: HolidayCalendar | null, index?: DayIndex): DayMark {
  if (!calendar) return null
  const { off, working } = index ?? indexCalendar(calendar)
  const day = date.slice(0, 10)
  if (off.has(day)) return 'off'
  if (working.has(day) && isWeekend(day)) return 'working'
  return null
}

export interface DayIndex {
  off: ReadonlySet<string>
  working: ReadonlySet<string>
}

export function indexCalendar(calendar: HolidayCalendar): DayIndex {
  return { off: new Set(calendar.offDays), working: new Set(calendar.workingWeekends) }
}

/**
 * A stored date-time (`YYYY-MM-DDTHH:mm`, as the record schemas keep it) as the picker takes it
 * (`YYYY-MM-DD HH:mm:ss`), and back. Anything else is no value.
 */
export function toPickerDateTime(stored: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(stored ?? '')
  return m ? `${m[1]} ${m[2]}:00` : null
}

export function fromPickerDateTime(value: string | null): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value ?? '')
  return m ? `${m[1]}T${m[2]}` : ''
}

/** A stored date (`YYYY-MM-DD`) for the picker; an empty or malformed one is no value. */
export function toPickerDate(stored: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(stored ?? '') ? (stored as string) : null
}

export function fromPickerDate(value: string | null): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')
  return m?.[1] ?? ''
}
