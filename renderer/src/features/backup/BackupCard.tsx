/**
 * Settings → 备份与恢复: the last good backup and its age, the backup folder (desktop app), backing
 * up now, verifying a file without restoring it, and the automatic-backup policy.
 */
import { Alert, Button, Card, Group, NumberInput, Progress, Stack, Switch, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AuthError } from '../../data'
import { backupAge, type BackupPolicy } from '../../domain/backup/policy'
import { formatDateTime } from '../shared/format'
import { useServices } from '../shared/services'
import { ageWords, failureMessage, problemMessage, sizeWords } from './backup-messages'
import { runBackup } from './run-backup'
import { useBackupStatus, type BackupState } from './use-backup-status'

export function BackupCard() {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  const { state, reload } = useBackupStatus()
  const [busy, setBusy] = useState<{ label: 'working' | 'checking'; fraction: number } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [verified, setVerified] = useState<string | null>(null)

  const backUp = async (into: 'folder' | 'file') => {
    setFailure(null)
    setVerified(null)
    setBusy({ label: 'working', fraction: 0 })
    try {
      const outcome = await runBackup(repositories, platform, {
        reason: 'manual',
        into,
        onProgress: (fraction) => setBusy({ label: 'working', fraction }),
      })
      if (outcome.status === 'failed') setFailure(failureMessage(t, outcome.reason))
      if (outcome.status === 'saved') {
        notifications.show({
          color: 'green',
          message: t('backup.saved', { name: outcome.name, size: sizeWords(outcome.size) }),
        })
        if (outcome.pruned > 0) notifications.show({ message: t('backup.pruned', { count: outcome.pruned }) })
      }
    } catch {
      setFailure(t('backup.failures.io'))
    } finally {
      setBusy(null)
      reload()
    }
  }

  const verify = async () => {
    setFailure(null)
    setVerified(null)
    const opened = await platform.backup.openSource({ kind: 'pick' })
    if (opened.status !== 'open') return
    setBusy({ label: 'checking', fraction: 0 })
    try {
      const result = await repositories.backup.verify(opened.source, (p) =>
        setBusy({ label: 'checking', fraction: p.chunks ? p.chunk / p.chunks : 0 }),
      )
      if (result.ok) {
        const rows = Object.values(result.tables).reduce((a, b) => a + b, 0)
        setVerified(t('backup.verified', { when: formatDateTime(result.createdAt), rows }))
      } else setFailure(problemMessage(t, result.problem))
    } finally {
      await opened.source.close().catch(() => undefined)
      setBusy(null)
    }
  }

  const chooseFolder = async () => {
    setFailure(null)
    try {
      const grant = await repositories.security.adminGrant('backup')
      const result = await platform.backup.chooseFolder(grant)
      if (result.status === 'chosen')
        notifications.show({ color: 'green', message: t('backup.folderChosen') })
    } catch (error) {
      setFailure(
        error instanceof AuthError && error.code === 'admin-key-missing'
          ? failureMessage(t, 'admin-key-missing')
          : t('errors.unknown'),
      )
    } finally {
      reload()
    }
  }

  return (
    <Card withBorder data-testid="backup-card">
      <Title order={4}>{t('backup.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.hint')}
      </Text>
      <Stack gap="sm">
        {state && <LastBackupLine state={state} />}
        {platform.backup.folders ? (
          <Group justify="space-between" align="center">
            <Text size="sm" data-testid="backup-folder">
              {t('backup.folder')}：{folderWords(t, state)}
            </Text>
            <Button variant="default" onClick={() => void chooseFolder()} disabled={busy !== null}>
              {t('backup.chooseFolder')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('backup.browserNote')}</Text>
        )}
        <Group>
          {platform.backup.folders && (
            <Button
              onClick={() => void backUp('folder')}
              disabled={busy !== null || !state?.folder.available}
            >
              {t('backup.backupNow')}
            </Button>
          )}
          <Button
            variant={platform.backup.folders ? 'default' : 'filled'}
            onClick={() => void backUp('file')}
            disabled={busy !== null}
            data-testid="backup-save-as"
          >
            {t('backup.saveAs')}
          </Button>
          <Button
            variant="default"
            onClick={() => void verify()}
            disabled={busy !== null}
            data-testid="backup-verify"
          >
            {t('backup.verify')}
          </Button>
        </Group>
        {busy && (
          <Stack gap={4}>
            <Text size="sm">{t(`backup.${busy.label}`, { percent: Math.round(busy.fraction * 100) })}</Text>
            <Progress value={busy.fraction * 100} />
          </Stack>
        )}
        <ErrorAlert message={failure} testId="backup-error" />
        {verified && (
          <Alert color="green" data-testid="backup-verified">
            {verified}
          </Alert>
        )}
        {state && <AutoBackupForm key={JSON.stringify(state.policy)} state={state} onSaved={reload} />}
      </Stack>
    </Card>
  )
}

function folderWords(
  t: (k: string, o?: Record<string, unknown>) => string,
  state: BackupState | null,
): string {
  const folder = state?.folder
  if (!folder?.path) return t('backup.folderNone')
  if (folder.problem === 'folder-missing') return t('backup.folderMissing', { path: folder.path })
  if (folder.problem === 'not-writable') return t('backup.folderNotWritable', { path: folder.path })
  return folder.path
}

export function LastBackupLine({ state }: { state: BackupState }) {
  const { t } = useTranslation()
  const age = backupAge(state.policy, state.last, new Date())
  if (age.state === 'none' || !state.last)
    return (
      <Text size="sm" c="orange" data-testid="backup-last">
        {t('backup.lastNone')}
      </Text>
    )
  return (
    <Text size="sm" c={age.state === 'stale' ? 'orange' : undefined} data-testid="backup-last">
      {t('backup.last', {
        when: `${formatDateTime(state.last.at)}（${ageWords(t, age)}）`,
        size: sizeWords(state.last.size),
      })}
    </Text>
  )
}

function AutoBackupForm({ state, onSaved }: { state: BackupState; onSaved: () => void }) {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  const [policy, setPolicy] = useState<BackupPolicy>(state.policy)
  const [error, setError] = useState<string | null>(null)
  const canAuto = platform.backup.folders && state.folder.path !== null
  const save = async () => {
    setError(null)
    try {
      await repositories.backup.setPolicy({ ...policy, auto: policy.auto && canAuto })
      notifications.show({ color: 'green', message: t('backup.auto.saved') })
      onSaved()
    } catch {
      setError(t('errors.unknown'))
    }
  }
  const num = (key: 'everyDays' | 'keep' | 'warnDays', max: number) => (
    <NumberInput
      label={t(`backup.auto.${key}`)}
      value={policy[key]}
      min={1}
      max={max}
      w={200}
      onChange={(v) => setPolicy((p) => ({ ...p, [key]: typeof v === 'number' ? v : p[key] }))}
    />
  )
  return (
    <Stack gap="xs" mt="sm">
      <Title order={5}>{t('backup.auto.title')}</Title>
      <Switch
        label={t('backup.auto.enabled')}
        checked={policy.auto && canAuto}
        disabled={!canAuto}
        description={canAuto ? undefined : t('backup.auto.needsFolder')}
        onChange={(e) => {
          const auto = e.currentTarget.checked
          setPolicy((p) => ({ ...p, auto }))
        }}
      />
      <Group align="end">
        {num('everyDays', 30)}
        {num('keep', 100)}
        {num('warnDays', 90)}
        <Button variant="default" onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Group>
      <ErrorAlert message={error} />
    </Stack>
  )
}
