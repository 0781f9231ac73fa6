/**
 * Settings → 导出可读数据 (administrators): the mediation workspace as a documented zip for moving
 * to another system, after the administrator's password or the recovery key again. Counselling is
 * not in it (each counsellor exports their own on the counselling page).
 */
import {
  Button,
  Card,
  PasswordInput,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useServices } from '../shared/services'
import { sizeWords } from './backup-messages'
import { readableFailure, readableFileName, saveReadable } from './save-readable'

export function ExportReadableCard() {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  const [mode, setMode] = useState<'password' | 'recovery'>('password')
  const [secret, setSecret] = useState('')
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  const run = async () => {
    setFailure(null)
    setProgress({ done: 0, total: 0 })
    try {
      const outcome = await saveReadable(platform, readableFileName('调解室数据导出'), (sink, appVersion) =>
        repositories.backup.exportReadable(sink, {
          proof: mode === 'password' ? { password: secret } : { recoveryKey: secret },
          appVersion,
          onProgress: (p) => setProgress({ done: p.cases, total: p.total }),
        }),
      )
      if (outcome.status === 'saved') {
        setSecret('')
        notifications.show({
          color: 'green',
          message: t('backup.readable.done', {
            cases: outcome.result.cases,
            size: sizeWords(outcome.result.size),
            name: outcome.result.name,
          }),
        })
      }
    } catch (error) {
      setFailure(readableFailure(error, t))
    } finally {
      setProgress(null)
    }
  }

  return (
    <Card withBorder data-testid="readable-export-card">
      <Title order={4}>{t('backup.readable.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('backup.readable.hint')}
      </Text>
      <Stack gap="sm" maw={420}>
        <Text size="sm">{t('backup.readable.proveWith')}</Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            setMode(v as 'password' | 'recovery')
            setSecret('')
          }}
          data={[
            { value: 'password', label: t('backup.readable.withPassword') },
            { value: 'recovery', label: t('backup.readable.withRecovery') },
          ]}
        />
        {mode === 'password' ? (
          <PasswordInput
            label={t('backup.readable.password')}
            value={secret}
            autoComplete="current-password"
            onChange={(e) => setSecret(e.currentTarget.value)}
          />
        ) : (
          <TextInput
            label={t('backup.readable.recoveryKey')}
            value={secret}
            autoComplete="off"
            onChange={(e) => setSecret(e.currentTarget.value)}
          />
        )}
        <Button
          w="fit-content"
          data-testid="readable-export-start"
          disabled={!secret || progress !== null}
          loading={progress !== null}
          onClick={() => void run()}
        >
          {t('backup.readable.start')}
        </Button>
        {progress && progress.total > 0 && (
          <>
            <Text size="sm">{t('backup.readable.working', progress)}</Text>
            <Progress value={(progress.done / progress.total) * 100} />
          </>
        )}
        <ErrorAlert message={failure} testId="readable-export-error" />
      </Stack>
    </Card>
  )
}
