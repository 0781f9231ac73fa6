/** A case's deadlines today, by the administrator's rules and holiday calendar (for hints in forms). */
import type { Case } from '../../domain/cases/case'
import { computeDeadlines, deadlineInputOf, type Deadline } from '../../domain/deadlines'
import { todayIso } from '../../domain/shared/dates'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

export function useCaseDeadlines(caseData: Case): Deadline[] {
  const { settings } = useRepositories()
  const result = useQuery(async () => {
    const [rules, calendar] = await Promise.all([settings.getDeadlineRules(), settings.getHolidayCalendar()])
    return computeDeadlines(deadlineInputOf(caseData), rules, calendar, todayIso())
  }, [caseData])
  return result.data ?? []
}
