/** The nearest running deadline the room must meet on a case, from the administrator's rules and holiday calendar. */
import { computeDeadlines, deadlineInputOf, nextDueDate } from '../../../domain/deadlines/compute'
import { todayIso } from '../../../domain/shared/dates'
import type { CaseRow } from '../../schema'
import type { SettingsRepository } from '../settings-repository'

export function makeDueDateOf(settings: SettingsRepository, now: () => Date) {
  return async (row: CaseRow): Promise<string> => {
    const [rules, calendar] = await Promise.all([settings.getDeadlineRules(), settings.getHolidayCalendar()])
    const deadlines = computeDeadlines(deadlineInputOf(row), rules, calendar, todayIso(now()))
    // The 司法确认 window is the parties' option, not the room's duty: it shows on the case, but
    // does not make a case "overdue" once it lapses.
    return nextDueDate(deadlines.filter((d) => d.purpose !== 'judicial-confirmation')) ?? ''
  }
}
