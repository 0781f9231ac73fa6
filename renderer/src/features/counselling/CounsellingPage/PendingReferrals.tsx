/** Referrals from mediation cases waiting for this counsellor: exactly what was passed on, to accept or decline. */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { PendingReferral } from '../../../domain/counselling/referral'
import { formatDateTime } from '../../shared/format'
import { useRepositories } from '../../shared/services'
import { counsellingErrorMessage } from '../counselling-messages'

export function PendingReferrals({ items }: { items: PendingReferral[] }) {
  const { t } = useTranslation()
  const { referrals } = useRepositories()
  const navigate = useNavigate()
  const [busy, setBusy] = useState<string | null>(null)

  const act = async (id: string, accept: boolean) => {
    setBusy(id)
    try {
      if (accept) {
        const client = await referrals.accept(id)
        notifications.show({ color: 'green', message: t('counselling.referrals.accepted') })
        void navigate(`/counselling/${client.id}`)
      } else {
        await referrals.decline(id)
        notifications.show({ color: 'gray', message: t('counselling.referrals.declined') })
      }
    } catch (error) {
      notifications.show({ color: 'red', message: counsellingErrorMessage(error, t) })
    } finally {
      setBusy(null)
    }
  }

  if (items.length === 0) return null
  return (
    <Card withBorder data-testid="pending-referrals">
      <Title order={4} mb="sm">
        {t('counselling.referrals.pendingTitle')}
      </Title>
      <Stack gap="sm">
        {items.map((r) => (
          <Group key={r.id} justify="space-between" align="start" data-testid="pending-referral">
            <Stack gap={2}>
              <Text fw={500}>
                {r.name}
                {r.contact ? ` · ${r.contact}` : ''}
              </Text>
              <Text size="sm">{r.reason}</Text>
              <Text size="xs" c="dimmed">
                {t('counselling.referrals.fromCase', { caseNo: r.caseNo })} ·{' '}
                {t('counselling.referrals.consentOn', { date: r.consentDate })} ·{' '}
                {formatDateTime(r.createdAt)}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="default"
                loading={busy === r.id}
                onClick={() => void act(r.id, false)}
              >
                {t('counselling.referrals.decline')}
              </Button>
              <Button size="compact-sm" loading={busy === r.id} onClick={() => void act(r.id, true)}>
                {t('counselling.referrals.accept')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  )
}
