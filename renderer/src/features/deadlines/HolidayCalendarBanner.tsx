/**
 * From the fourth quarter, while next year's 放假/调休 days are not in the holiday calendar (or all
 * year when this year's are missing): deadlines in that year count weekends only. Administrators
 * get a link to enter them; the others see whom to ask.
 */
import { Alert, Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { missingCalendarYear } from '../../domain/deadlines'
import { todayIso } from '../../domain/shared/dates'
import { useCan } from '../shared/services'
import { useHolidayCalendar } from './use-holiday-calendar'

export function HolidayCalendarBanner() {
  const { t } = useTranslation()
  const manage = useCan('settings:manage')
  const calendar = useHolidayCalendar()
  const year = calendar ? missingCalendarYear(calendar, todayIso()) : null
  if (year === null) return null
  return (
    <Alert color="yellow" mb="md" data-testid="holiday-calendar-warning">
      {t('deadlines.calendar.missingYear', { year })}{' '}
      {manage ? (
        <Anchor component={Link} to="/settings#holidays" c="inherit" underline="always" fw={600}>
          {t('deadlines.calendar.missingAction')}
        </Anchor>
      ) : (
        t('deadlines.calendar.missingAsk')
      )}
    </Alert>
  )
}
