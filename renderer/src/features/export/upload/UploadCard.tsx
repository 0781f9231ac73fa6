/**
 * Upload to the district, for the export page: the administrator's endpoint, and the queue the
 * main process works through (anyone who exports sees it and may ask for a retry now). In the
 * browser build it says plainly that uploading needs the desktop app.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useCan, useServices } from '../../shared/services'
import { EndpointForm } from './EndpointForm'
import { UploadQueueTable } from './UploadQueueTable'
import { useUploadQueue } from './use-upload-queue'
import { ErrorAlert } from '../../../components/ErrorAlert'

export function UploadCard() {
  const { t } = useTranslation()
  const { upload } = useServices().platform
  const isAdmin = useCan('settings:manage')
  const queue = useUploadQueue(upload)

  if (!upload.available) {
    return (
      <Card withBorder data-testid="upload-card">
        <Title order={4}>{t('upload.title')}</Title>
        <Alert color="gray" mt="xs">
          {t('upload.unavailable')}
        </Alert>
      </Card>
    )
  }

  const retry = async (id?: string) => {
    const { retried } = await upload.retry(id)
    notifications.show({ message: t('upload.retried', { count: retried }) })
    await queue.refresh()
  }

  const jobs = queue.data?.jobs ?? []
  const waiting = jobs.some((j) => j.state === 'queued')
  return (
    <Card withBorder data-testid="upload-card">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('upload.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('upload.intro')}
          </Text>
        </div>
        {isAdmin ? (
          <EndpointForm upload={upload} onSaved={() => void queue.refresh()} />
        ) : (
          <Text size="sm">{t('upload.endpointAdminOnly')}</Text>
        )}
        {queue.data && !queue.data.configured && (
          <Alert color="yellow">{jobs.length > 0 ? t('upload.paused') : t('upload.endpointNone')}</Alert>
        )}
        <ErrorAlert message={queue.failed && t('upload.errors.listFailed')} />
        <Group justify="space-between">
          <Title order={5}>{t('upload.queue')}</Title>
          {waiting && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconRefresh size={14} />}
              onClick={() => void retry()}
            >
              {t('upload.retryAll')}
            </Button>
          )}
        </Group>
        {jobs.length === 0 ? (
          <Text c="dimmed">{t('upload.empty')}</Text>
        ) : (
          <UploadQueueTable jobs={jobs} onRetry={(id) => void retry(id)} />
        )}
      </Stack>
    </Card>
  )
}
