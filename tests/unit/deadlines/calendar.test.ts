import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  calendarYear,
  calendarYears,
  daysBetween,
  holidayCalendarSchema,
  isWorkingDay,
  nextWorkingDay,
  type HolidayCalendar,
} from '../../../renderer/src/domain/deadlines/calendar'
import {
  BUILT_IN_YEARS,
  builtInHolidayName,
  defaultHolidayCalendar,
} from '../../../renderer/src/domain/deadlines/default-calendar'

const cal = defaultHolidayCalendar()
const EMPTY: HolidayCalendar = { offDays: [], workingWeekends: [] }

describe('built-in calendar (chinese-days)', () => {
  it('covers every year the package ships, 2004 to at least 2026', () => {
    expect(BUILT_IN_YEARS.first).toBe(2004)
    expect(BUILT_IN_YEARS.last).toBeGreaterThanOrEqual(2026)
    expect(calendarYears(cal)).toEqual(Array.from({ length: BUILT_IN_YEARS.last - 2003 }, (_, i) => 2004 + i))
  })

  it('holds the 2025 国庆/中秋 and 2026 春节 holidays and their 调休 weekends', () => {
    const y2025 = calendarYear(cal, 2025)
    expect(y2025.offDays).toEqual(
      expect.arrayContaining(['2025-10-01', '2025-10-08', '2025-01-28', '2025-02-04']),
    )
    expect(y2025.workingWeekends).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ])
    expect(calendarYear(cal, 2026).offDays.filter((d) => d.startsWith('2026-02'))).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ])
  })

  it('is already in canonical form (valid, sorted, unique) and returned as a fresh copy', () => {
    expect(holidayCalendarSchema.parse(cal)).toEqual(cal)
    const copy = defaultHolidayCalendar()
    copy.offDays.push('2099-01-01')
    expect(defaultHolidayCalendar().offDays).not.toContain('2099-01-01')
  })

  it('names the holiday behind a built-in date', () => {
    expect(builtInHolidayName('2026-02-17')).toEqual({ zh: '春节', en: 'Spring Festival' })
    expect(builtInHolidayName('2025-10-11')?.zh).toBe('国庆节')
    expect(builtInHolidayName('2026-03-03')).toBeNull()
  })
})

describe('isWorkingDay', () => {
  it('skips weekends and holidays, and counts 调休 weekends', () => {
    expect(isWorkingDay('2025-09-29', cal)).toBe(true) // Monday
    expect(isWorkingDay('2025-09-27', cal)).toBe(false) // Saturday
    expect(isWorkingDay('2025-09-28', cal)).toBe(true) // Sunday, 调休
    expect(isWorkingDay('2025-10-01', cal)).toBe(false) // Wednesday, 国庆
    expect(isWorkingDay('2025-10-08', cal)).toBe(false) // Wednesday, 国庆/中秋
    expect(isWorkingDay('2025-10-11', cal)).toBe(true) // Saturday, 调休
    expect(isWorkingDay('2025-10-12', cal)).toBe(false) // Sunday
  })

  it('with an empty calendar, is Monday to Friday', () => {
    expect(isWorkingDay('2025-10-01', EMPTY)).toBe(true)
    expect(isWorkingDay('2025-09-28', EMPTY)).toBe(false)
  })
})

describe('addDays', () => {
  it('calendar days: plain arithmetic, across month and year ends, and back', () => {
    expect(addDays('2026-03-01', 10, 'calendar', cal)).toBe('2026-03-11')
    expect(addDays('2026-12-25', 10, 'calendar', cal)).toBe('2027-01-04')
    expect(addDays('2028-02-28', 1, 'calendar', cal)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1, 'calendar', cal)).toBe('2026-02-28')
    expect(addDays('2026-03-01', 0, 'calendar', cal)).toBe('2026-03-01')
  })

  it('working days across 国庆 2025, counting the 调休 Sunday and starting the day after', () => {
    // Fri 26 Sep: Sat 27 off, Sun 28 调休 (1), Mon 29 (2), Tue 30 (3), 1–8 Oct off, Thu 9 (4).
    expect(addDays('2025-09-26', 1, 'working', cal)).toBe('2025-09-28')
    expect(addDays('2025-09-26', 3, 'working', cal)).toBe('2025-09-30')
    expect(addDays('2025-09-26', 4, 'working', cal)).toBe('2025-10-09')
    expect(addDays('2025-09-30', 1, 'working', cal)).toBe('2025-10-09')
    // A start inside the holiday: the first working day after it is day 1.
    expect(addDays('2025-10-03', 1, 'working', cal)).toBe('2025-10-09')
    // Thu 9 (1), Fri 10 (2), Sat 11 调休 (3).
    expect(addDays('2025-10-08', 3, 'working', cal)).toBe('2025-10-11')
  })

  it('working days across 春节 2026 with its 调休 Saturdays', () => {
    // Fri 13 Feb: Sat 14 调休 (1), 15–23 off, Tue 24 (2).
    expect(addDays('2026-02-13', 1, 'working', cal)).toBe('2026-02-14')
    expect(addDays('2026-02-13', 2, 'working', cal)).toBe('2026-02-24')
    // 7 working days (the consumer-complaint acceptance term) from Thu 12 Feb ends on the 调休 Sat 28.
    expect(addDays('2026-02-12', 7, 'working', cal)).toBe('2026-02-28')
  })

  it('working days counted back, and zero', () => {
    expect(addDays('2025-10-09', -1, 'working', cal)).toBe('2025-09-30')
    expect(addDays('2025-10-04', 0, 'working', cal)).toBe('2025-10-04')
  })

  it('refuses malformed dates and fractions', () => {
    expect(() => addDays('2026-02-30', 1, 'calendar', cal)).toThrow(RangeError)
    expect(() => addDays('2026-3-1', 1, 'working', cal)).toThrow(RangeError)
    expect(() => addDays('2026-03-01', 1.5, 'calendar', cal)).toThrow(RangeError)
  })
})

describe('nextWorkingDay', () => {
  it('keeps a working day, and moves a holiday or rest day to the first working day after it', () => {
    expect(nextWorkingDay('2026-09-30', cal)).toBe('2026-09-30')
    expect(nextWorkingDay('2026-10-01', cal)).toBe('2026-10-08')
    expect(nextWorkingDay('2026-10-04', cal)).toBe('2026-10-08')
    // 2026-10-10 is a Saturday worked (调休); 10-11 is a Sunday off.
    expect(nextWorkingDay('2026-10-10', cal)).toBe('2026-10-10')
    expect(nextWorkingDay('2026-10-11', cal)).toBe('2026-10-12')
    expect(nextWorkingDay('2026-02-15', cal)).toBe('2026-02-24')
    expect(nextWorkingDay('2026-04-04', EMPTY)).toBe('2026-04-06')
  })
})

describe('addMonths', () => {
  it('keeps the day of the month, clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2026-02-28', 1)).toBe('2026-03-28')
  })

  it('refuses malformed dates', () => {
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError)
  })
})

describe('daysBetween', () => {
  it('counts calendar days, negative backwards', () => {
    expect(daysBetween('2026-03-01', '2026-03-11')).toBe(10)
    expect(daysBetween('2026-03-11', '2026-03-01')).toBe(-10)
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1)
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0)
  })
})

describe('holidayCalendarSchema', () => {
  it('sorts and removes duplicates', () => {
    expect(
      holidayCalendarSchema.parse({
        offDays: ['2026-10-02', '2026-10-01', '2026-10-02'],
        workingWeekends: ['2026-10-10', '2026-09-20', '2026-10-10'],
      }),
    ).toEqual({ offDays: ['2026-10-01', '2026-10-02'], workingWeekends: ['2026-09-20', '2026-10-10'] })
  })

  const messages = (input: unknown) => {
    const r = holidayCalendarSchema.safeParse(input)
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)
  }

  it('refuses impossible and malformed dates with an i18n key', () => {
    expect(messages({ offDays: ['2026-02-30'], workingWeekends: [] })).toEqual([
      'offDays.0:deadlineValidation.date',
    ])
    expect(messages({ offDays: ['2026/10/01', ''], workingWeekends: [] })).toEqual([
      'offDays.0:deadlineValidation.date',
      'offDays.1:deadlineValidation.date',
    ])
    expect(messages({ offDays: [], workingWeekends: ['20261010'] })).toEqual([
      'workingWeekends.0:deadlineValidation.date',
    ])
  })

  it('refuses a working weekend that is not a Saturday or Sunday', () => {
    expect(messages({ offDays: [], workingWeekends: ['2026-10-09'] })).toEqual([
      'workingWeekends.0:deadlineValidation.notWeekend',
    ])
  })

  it('refuses a date that is both a day off and a working day', () => {
    expect(messages({ offDays: ['2026-10-10'], workingWeekends: ['2026-10-10'] })).toEqual([
      'workingWeekends:deadlineValidation.bothOffAndWorking',
    ])
  })

  it('refuses missing lists and non-strings', () => {
    expect(holidayCalendarSchema.safeParse({ offDays: [] }).success).toBe(false)
    expect(holidayCalendarSchema.safeParse({ offDays: [20261001], workingWeekends: [] }).success).toBe(false)
    expect(holidayCalendarSchema.safeParse(null).success).toBe(false)
  })
})
