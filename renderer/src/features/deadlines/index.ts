export { DeadlineCounts } from './DeadlineCounts'
export { DeadlinesPage } from './DeadlinesPage'
export { useDeadlineReminder } from './use-deadline-reminder'
export { useHolidayCalendar } from './use-holiday-calendar'
