import { describe, expect, it } from 'vitest'
import {
  dayMark,
  fromPickerDate,
  fromPickerDateTime,
  toPickerDate,
  toPickerDateTime,
} from '../../../renderer/src/components/DateField/date-marks'
import { defaultHolidayCalendar } from '../../../renderer/src/domain/deadlines/default-calendar'

describe('date field values', () => {
  it('keeps the stored strings: YYYY-MM-DD and YYYY-MM-DDTHH:mm, empty when cleared', () => {
    expect(toPickerDate('2026-10-01')).toBe('2026-10-01')
    expect(toPickerDate('')).toBeNull()
    expect(fromPickerDate('2026-10-01')).toBe('2026-10-01')
    expect(fromPickerDate(null)).toBe('')
    expect(toPickerDateTime('2026-10-01T07:30')).toBe('2026-10-01 07:30:00')
    expect(toPickerDateTime('2026-10-01')).toBeNull()
    expect(fromPickerDateTime('2026-10-01 19:05:00')).toBe('2026-10-01T19:05')
    expect(fromPickerDateTime(null)).toBe('')
  })
})

describe('holiday marks', () => {
  const cal = defaultHolidayCalendar()
  it('marks 国庆 as 休, the 调休 Saturday as 班, and an ordinary day not at all', () => {
    expect(dayMark('2026-10-01', cal)).toBe('off')
    expect(dayMark('2026-10-10', cal)).toBe('working')
    expect(dayMark('2026-10-12', cal)).toBeNull()
    expect(dayMark('2026-10-01', null)).toBeNull()
  })
})
