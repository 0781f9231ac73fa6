/**
 * What the window shows when the records cannot be trusted to be there: the database would not
 * open (retry, nothing changed), or this PC's keeper remembers a workspace the database no longer
 * holds (restore it; starting afresh needs a confirmation, so an emptied database is never taken
 * silently for a first run).
 */
import { Alert, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

export function OpenFailedScreen({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Card withBorder maw={560} mx="auto" mt="xl" data-testid="db-open-failed">
      <Stack>
        <Title order={3}>{t('backup.storage.openFailedTitle')}</Title>
        <Alert color="red">{t('backup.storage.openFailed')}</Alert>
        <Group justify="end">
          <Button onClick={onRetry}>{t('backup.storage.retry')}</Button>
        </Group>
      </Stack>
    </Card>
  )
}

export function DataMissingScreen({
  cases,
  onRestore,
  onStartOver,
}: {
  cases: number
  onRestore: () => void
  onStartOver: () => void
}) {
  const { t } = useTranslation()
  const [confirmed, setConfirmed] = useState(false)
  return (
    <Card withBorder maw={600} mx="auto" mt="xl" data-testid="data-missing">
      <Stack>
        <Title order={3}>{t('backup.storage.missingTitle')}</Title>
        <Alert color="orange">{t('backup.storage.missing', { count: cases })}</Alert>
        <Button onClick={onRestore} data-testid="missing-restore">
          {t('backup.restore.entry')}
        </Button>
        <Checkbox
          label={t('backup.storage.startOverConfirm')}
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
        />
        <Group justify="end">
          <Button variant="subtle" color="red" disabled={!confirmed} onClick={onStartOver}>
            {t('backup.storage.startOver')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('backup.restore.hint')}
        </Text>
      </Stack>
    </Card>
  )
}
