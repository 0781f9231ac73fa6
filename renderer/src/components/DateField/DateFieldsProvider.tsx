/**
 * Settings every date field shares: dayjs's locale for the UI language (zh-cn: weeks from Monday,
 * 24-hour clock; en likewise from Monday, as the office calendar is), and the holiday calendar
 * whose 放假 and 调休 days the pickers mark. Nested providers may replace only the calendar.
 */
import { DatesProvider } from '@mantine/dates'
import 'dayjs/locale/zh-cn'
import 'dayjs/locale/en'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { HolidayCalendar } from '../../domain/deadlines/calendar'
import { indexCalendar, type DayIndex } from './date-marks'

export const DAYJS_LOCALE = { 'zh-CN': 'zh-cn', en: 'en' } as const

interface CalendarValue {
  calendar: HolidayCalendar | null
  index: DayIndex | null
}
const CalendarContext = createContext<CalendarValue>({ calendar: null, index: null })

export function useDayMarksCalendar(): CalendarValue {
  return useContext(CalendarContext)
}

interface Props {
  /** The UI language (`zh-CN` or `en`); omitted in a nested provider that only sets the calendar. */
  language?: string
  calendar?: HolidayCalendar | null
  children: ReactNode
}

export function DateFieldsProvider({ language, calendar, children }: Props) {
  const outer = useContext(CalendarContext)
  const value = useMemo<CalendarValue>(
    () => (calendar === undefined ? outer : { calendar, index: calendar ? indexCalendar(calendar) : null }),
    [calendar, outer],
  )
  const inner = <CalendarContext.Provider value={value}>{children}</CalendarContext.Provider>
  if (language === undefined) return inner
  const locale = language === 'en' ? DAYJS_LOCALE.en : DAYJS_LOCALE['zh-CN']
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6], consistentWeeks: true }}>
      {inner}
    </DatesProvider>
  )
}
