/** The holiday calendar in force (the administrator's, or the built-in one), re-read when it changes. */
import type { HolidayCalendar } from '../../domain/deadlines'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

export function useHolidayCalendar(): HolidayCalendar | null {
  const { settings } = useRepositories()
  return useQuery(() => settings.getHolidayCalendar(), []).data ?? null
}
