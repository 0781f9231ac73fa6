/**
 * 从备份恢复, before anyone is logged in (first-run setup, or a PC whose records are missing):
 * the file, then an account's name and password or the recovery key, then the restore — which
 * checks the whole file before it writes anything (data/backup/restore-backup.ts). Restoring over
 * a workspace that exists needs an explicit confirmation.
 */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  PasswordInput,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { BackupError, type RestoreProgress, type RestoreResult } from '../../data'
import type { BackupSource } from '../../platform'
import { formatDateTime } from '../shared/format'
import { useServices } from '../shared/services'
import { problemMessage, sizeWords } from './backup-messages'

export type RestoreOpener =
  { kind: 'password'; username: string; password: string } | { kind: 'recovery'; recoveryKey: string }

export interface RestoreBackupProps {
  /** Whether a workspace exists on this PC (then the restore replaces it, after confirmation). */
  replaces: boolean
  restore(
    source: BackupSource,
    opener: RestoreOpener,
    onProgress: (p: RestoreProgress) => void,
  ): Promise<RestoreResult>
  onDone(): void
  onCancel(): void
}

export function RestoreBackup({ replaces, restore, onDone, onCancel }: RestoreBackupProps) {
  const { t } = useTranslation()
  const { platform } = useServices()
  const [source, setSource] = useState<BackupSource | null>(null)
  const [mode, setMode] = useState<'password' | 'recovery'>('password')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [recoveryKey, setRecoveryKey] = useState('')
  const [confirmed, setConfirmed] = useState(false)
  const [progress, setProgress] = useState<RestoreProgress | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState<RestoreResult | null>(null)

  const pick = async () => {
    setFailure(null)
    const opened = await platform.backup.openSource({ kind: 'pick' })
    if (opened.status !== 'open') return
    await source?.close().catch(() => undefined)
    setSource(opened.source)
  }

  const start = async () => {
    if (!source) return
    setFailure(null)
    setProgress({ phase: 'checking', chunk: 0, chunks: 1 })
    try {
      const opener: RestoreOpener =
        mode === 'password' ? { kind: 'password', username, password } : { kind: 'recovery', recoveryKey }
      setDone(await restore(source, opener, setProgress))
    } catch (error) {
      setFailure(error instanceof BackupError ? problemMessage(t, error.problem) : t('backup.failures.io'))
    } finally {
      setProgress(null)
    }
  }

  if (done) {
    const rows = Object.values(done.tables).reduce((a, b) => a + b, 0)
    return (
      <Card withBorder maw={560} mx="auto" mt="xl" data-testid="restore-done">
        <Stack>
          <Title order={3}>{t('backup.restore.title')}</Title>
          <Alert color="green">
            {t('backup.restore.done', { rows, when: formatDateTime(done.createdAt) })}
          </Alert>
          <Button onClick={onDone}>{t('backup.restore.continue')}</Button>
        </Stack>
      </Card>
    )
  }

  const ready =
    source !== null &&
    (mode === 'password' ? username.trim() !== '' && password !== '' : recoveryKey.trim() !== '') &&
    (!replaces || confirmed)
  const percent = progress ? Math.round((progress.chunks ? progress.chunk / progress.chunks : 0) * 100) : 0

  return (
    <Card withBorder maw={560} mx="auto" mt="xl" data-testid="restore-backup">
      <Stack>
        <Title order={3}>{t('backup.restore.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('backup.restore.hint')}
        </Text>
        <Group>
          <Button
            variant="default"
            onClick={() => void pick()}
            disabled={progress !== null}
            data-testid="restore-pick"
          >
            {t('backup.restore.pick')}
          </Button>
          {source && (
            <Text size="sm" data-testid="restore-picked">
              {t('backup.restore.picked', { name: source.name, size: sizeWords(source.size) })}
            </Text>
          )}
        </Group>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'password' | 'recovery')}
          data={[
            { value: 'password', label: t('backup.restore.withPassword') },
            { value: 'recovery', label: t('backup.restore.withRecovery') },
          ]}
        />
        {mode === 'password' ? (
          <>
            <TextInput
              label={t('backup.restore.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="off"
            />
            <PasswordInput
              label={t('backup.restore.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </>
        ) : (
          <TextInput
            label={t('backup.restore.recoveryKey')}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.currentTarget.value)}
            autoComplete="off"
          />
        )}
        {replaces && (
          <>
            <Alert color="orange">{t('backup.restore.replaceWarning')}</Alert>
            <Checkbox
              label={t('backup.restore.replaceConfirm')}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.currentTarget.checked)}
            />
          </>
        )}
        {progress && (
          <Stack gap={4}>
            <Text size="sm">{t(`backup.restore.${progress.phase}`, { percent })}</Text>
            <Progress value={percent} />
          </Stack>
        )}
        <ErrorAlert message={failure} testId="restore-error" />
        <Group justify="space-between">
          <Button variant="subtle" onClick={onCancel} disabled={progress !== null}>
            {t('backup.restore.cancel')}
          </Button>
          <Button
            onClick={() => void start()}
            disabled={!ready || progress !== null}
            data-testid="restore-start"
          >
            {t('backup.restore.start')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
