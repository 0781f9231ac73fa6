/** Two badges for the case list: how many open cases are overdue and how many fall due within three days. */
import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatCappedCount } from '../../domain/deadlines/count-cap'
import { todayIso } from '../../domain/shared/dates'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

export function DeadlineCounts({ to = '/deadlines' }: { to?: string }) {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const today = todayIso()
  const result = useQuery(() => cases.deadlineCounts(today), [today])
  if (!result.data) return null
  const { overdue, dueSoon, cap } = result.data
  return (
    <Group gap="xs" data-testid="deadline-counts">
      <Badge
        component={Link}
        to={to}
        color={overdue > 0 ? 'red' : 'gray'}
        variant={overdue > 0 ? 'filled' : 'light'}
        style={{ cursor: 'pointer' }}
      >
        {t('deadlines.counts.overdue', { count: formatCappedCount(overdue, cap) })}
      </Badge>
      <Badge
        component={Link}
        to={to}
        color={dueSoon > 0 ? 'orange' : 'gray'}
        variant="light"
        style={{ cursor: 'pointer' }}
      >
        {t('deadlines.counts.dueSoon', { count: formatCappedCount(dueSoon, cap) })}
      </Badge>
    </Group>
  )
}
