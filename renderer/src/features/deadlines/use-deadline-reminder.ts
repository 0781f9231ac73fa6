/**
 * When someone who works cases logs in (or unlocks), one notice tells them what is overdue and
 * what falls due within three days, with a link to the 期限提醒 page.
 */
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatCappedCount } from '../../domain/deadlines/count-cap'
import { todayIso } from '../../domain/shared/dates'
import { useCan, useRepositories } from '../shared/services'

export function useDeadlineReminder(): void {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const navigate = useNavigate()
  const mayRead = useCan('case:read')
  useEffect(() => {
    if (!mayRead) return
    let live = true
    cases.deadlineCounts(todayIso()).then(
      ({ overdue, dueSoon, cap }) => {
        if (!live || overdue + dueSoon === 0) return
        notifications.show({
          id: 'deadline-reminder',
          color: overdue ? 'red' : 'orange',
          autoClose: false,
          title: t('deadlines.reminder.title'),
          message: t('deadlines.reminder.body', {
            overdue: formatCappedCount(overdue, cap),
            dueSoon: formatCappedCount(dueSoon, cap),
          }),
          onClick: () => void navigate('/deadlines'),
          style: { cursor: 'pointer' },
        })
      },
      () => undefined,
    )
    return () => {
      live = false
    }
    // Once per mounted session: the shell mounts again after each login.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
