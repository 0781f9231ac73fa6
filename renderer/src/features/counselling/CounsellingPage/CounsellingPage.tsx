/**
 * 心理咨询: the counsellor's own clients (watch list and follow-ups due first), referrals waiting
 * from mediation cases, and a new client. Everything here is readable by this counsellor alone.
 */
import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { IconLock, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { dueFollowUps } from '../../../domain/counselling/client'
import { todayIso } from '../../../domain/shared/dates'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ClientForm } from '../forms/ClientForm'
import { ClientTable } from './ClientTable'
import { ExportOwnButton } from './ExportOwnButton'
import { PendingReferrals } from './PendingReferrals'

export function CounsellingPage() {
  const { t } = useTranslation()
  const { counselling, referrals } = useRepositories()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const result = useQuery(async () => {
    const [clients, pending] = await Promise.all([counselling.listClients(), referrals.pending()])
    return { clients, pending }
  }, [])

  if (result.status === 'loading') return <Loader aria-label={t('common.loading')} />
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  const { clients, pending } = result.data
  const today = todayIso()
  // Follow-ups due, then the watch list, then the rest (each group most recent first).
  const rank = (c: (typeof clients)[number]) =>
    dueFollowUps(c.watch, today).length ? 0 : c.watch.flagged ? 1 : 2
  const ordered = [...clients].sort((a, b) => rank(a) - rank(b))

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('counselling.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('counselling.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <ExportOwnButton />
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            {t('counselling.newClient')}
          </Button>
        </Group>
      </Group>
      <Alert color="teal" variant="light" icon={<IconLock size={18} />} py={6}>
        {t('counselling.confidential')}
      </Alert>
      <PendingReferrals items={pending} />
      {ordered.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('counselling.empty')}
        </Text>
      ) : (
        <ClientTable clients={ordered} />
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('counselling.newClient')}
        size="lg"
      >
        {creating && (
          <ClientForm
            onCancel={() => setCreating(false)}
            onDone={(created) => {
              setCreating(false)
              if (created) void navigate(`/counselling/${created.id}`)
            }}
          />
        )}
      </Modal>
    </Stack>
  )
}
