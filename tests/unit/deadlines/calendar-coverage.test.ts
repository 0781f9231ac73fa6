import { describe, expect, it } from 'vitest'
import {
  missingCalendarYear,
  parseHolidayList,
  yearWithoutCalendar,
} from '../../../renderer/src/domain/deadlines/calendar-coverage'
import {
  BUILT_IN_YEARS,
  defaultHolidayCalendar,
} from '../../../renderer/src/domain/deadlines/default-calendar'

const cal = defaultHolidayCalendar()
const last = BUILT_IN_YEARS.last

describe('the holiday-calendar warning', () => {
  it('says nothing before the fourth quarter of a covered year', () => {
    expect(missingCalendarYear(cal, `${last}-09-30`)).toBeNull()
  })
  it('warns from 1 October when next year has no days', () => {
    expect(missingCalendarYear(cal, `${last}-10-01`)).toBe(last + 1)
    expect(missingCalendarYear(cal, `${last}-12-04`)).toBe(last + 1)
  })
  it('warns all year when this year has no days', () => {
    expect(missingCalendarYear(cal, `${last + 1}-03-01`)).toBe(last + 1)
  })
  it('is quiet once next year is entered', () => {
    const withNext = { ...cal, offDays: [...cal.offDays, `${last + 1}-01-01`] }
    expect(missingCalendarYear(withNext, `${last}-12-04`)).toBeNull()
  })
  it('marks a deadline in a year without days', () => {
    expect(yearWithoutCalendar(cal, `${last + 1}-01-15`)).toBe(true)
    expect(yearWithoutCalendar(cal, `${last}-01-15`)).toBe(false)
  })
})

describe('a pasted State Council list', () => {
  it('reads ranges of days off and single 调休 working days, in ISO or Chinese dates', () => {
    const pasted = parseHolidayList(
      [
        '国务院办公厅关于2027年部分节假日安排的通知',
        '元旦：2027-01-01 至 2027-01-03 放假',
        '2027年2月6日 上班',
        '',
        '劳动节 2027年5月1日至2027年5月5日 放假',
      ].join('\n'),
    )
    expect(pasted.offDays).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-04',
      '2027-05-05',
    ])
    expect(pasted.workingWeekends).toEqual(['2027-02-06'])
    expect(pasted.rejected).toEqual([])
  })
  it('refuses a weekday as a 调休 working day and an impossible date', () => {
    const pasted = parseHolidayList('2027-02-08 上班\n2027-02-30 放假')
    expect(pasted.rejected).toHaveLength(2)
    expect(pasted.offDays).toEqual([])
  })
})
