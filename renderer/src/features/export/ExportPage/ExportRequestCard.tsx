/**
 * Making a bundle: the statistics period, only changes since the last export (or everything),
 * free text, and an identified export that needs its legal basis. While it runs: a progress bar and
 * Cancel. The bundle is saved through the platform (a dialog, or a download in the browser) and only
 * then filed in the history — and queued for upload when an upload address is set.
 */
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Progress,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPackageExport } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildExport, commitExport, type ExportProgress } from '../../../output/bundles/build-export'
import { isBundleError } from '../../../domain/export/bundle-errors'
import { EXPORT_MSG, LEGAL_BASIS_MIN } from '../../../domain/export/export-request'
import { todayIso } from '../../../domain/shared/dates'
import { ValidationError } from '../../../domain/shared/errors'
import { periodContaining, type Period } from '../../../domain/statistics'
import { formatDateTime } from '../../shared/format'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { PeriodPicker } from '../../../components/PeriodPicker'
import { enqueueBundle, enqueueMessageKey } from '../upload'
import { refusalMessage } from '../refusal'
import { progressLabel, progressPercent } from './export-progress'
import { ErrorAlert } from '../../../components/ErrorAlert'

export function ExportRequestCard() {
  const { t } = useTranslation()
  const repositories = useRepositories()
  const { platform } = useServices()
  const today = todayIso()
  const [period, setPeriod] = useState<Period>(() => periodContaining('month', today))
  const [incremental, setIncremental] = useState(true)
  const [freeText, setFreeText] = useState(false)
  const [identified, setIdentified] = useState(false)
  const [legalBasis, setLegalBasis] = useState('')
  const [basisError, setBasisError] = useState<string | null>(null)
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const running = useRef<AbortController | null>(null)
  const history = useQuery(() => repositories.exports.history(), [])
  const last = history.data?.[0]

  const start = async () => {
    setFailure(null)
    setBasisError(null)
    if (identified && legalBasis.trim().length < LEGAL_BASIS_MIN) {
      setBasisError(t(EXPORT_MSG.legalBasisRequired))
      return
    }
    const controller = new AbortController()
    running.current = controller
    setProgress({ phase: 'prepare', done: 0, total: 1 })
    try {
      const { version } = await platform.appInfo()
      const built = await buildExport(
        { period, incremental, identified, legalBasis, includeFreeText: freeText },
        repositories,
        { appVersion: version || 'dev', onProgress: setProgress, signal: controller.signal },
      )
      const saved = await platform.saveFile({
        suggestedName: built.fileName,
        data: built.bytes,
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      })
      if (saved.status !== 'saved') {
        notifications.show({ color: 'yellow', message: t('export.request.saveCancelled') })
        return
      }
      await commitExport(built, repositories.exports)
      notifications.show({
        color: 'green',
        message: t('export.request.saved', { path: saved.path, cases: built.manifest.counts.cases }),
      })
      if (platform.upload.available && (await platform.upload.list()).configured) {
        // A bundle with names in it is only saved: queued, it would wait in a plain file until sent.
        if (built.manifest.identified) {
          notifications.show({ color: 'yellow', message: t('upload.enqueue.identified') })
        } else {
          const grant = await repositories.security.adminGrant('upload')
          const outcome = await enqueueBundle(platform.upload, grant, built.fileName, built.bytes)
          notifications.show({
            color: outcome.status === 'queued' ? 'green' : 'yellow',
            message: t(enqueueMessageKey(outcome)),
          })
        }
      }
    } catch (error) {
      if (isBundleError(error) && error.code === 'cancelled') {
        notifications.show({ message: t('export.request.cancelled') })
      } else if (
        error instanceof ValidationError &&
        error.issues[0]?.message === EXPORT_MSG.noSigningIdentity
      ) {
        setFailure(t('export.request.noIdentity'))
      } else {
        setFailure(t('export.request.failed', { reason: refusalMessage(error, t) }))
      }
    } finally {
      running.current = null
      setProgress(null)
    }
  }

  const busy = progress !== null
  return (
    <Card withBorder data-testid="export-request">
      <Stack gap="sm">
        <Title order={4}>{t('export.request.title')}</Title>
        <PeriodPicker
          key={period.kind === 'custom' ? 'custom' : JSON.stringify(period)}
          value={period}
          today={today}
          onChange={setPeriod}
        />
        <Checkbox
          label={t('export.request.incremental')}
          description={
            incremental
              ? last
                ? t('export.request.lastExport', { date: formatDateTime(last.until) })
                : t('export.request.firstExport')
              : undefined
          }
          checked={incremental}
          disabled={busy}
          onChange={(e) => setIncremental(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('export.request.freeText')}
          description={t('export.request.freeTextHint')}
          checked={freeText}
          disabled={busy}
          onChange={(e) => setFreeText(e.currentTarget.checked)}
        />
        <Switch
          label={t('export.request.identified')}
          checked={identified}
          disabled={busy}
          onChange={(e) => setIdentified(e.currentTarget.checked)}
          data-testid="export-identified"
        />
        {identified && (
          <>
            <Alert color="orange">{t('export.request.identifiedWarning')}</Alert>
            <Textarea
              label={t('export.request.legalBasis')}
              placeholder={t('export.request.legalBasisPlaceholder')}
              required
              autosize
              minRows={2}
              value={legalBasis}
              error={basisError}
              disabled={busy}
              onChange={(e) => setLegalBasis(e.currentTarget.value)}
            />
          </>
        )}
        <ErrorAlert message={failure} testId="export-failure" />
        {progress && (
          <Stack gap={4} data-testid="export-progress">
            <Progress value={progressPercent(progress)} animated aria-label={progressLabel(progress, t)} />
            <Text size="sm" c="dimmed">
              {progressLabel(progress, t)}
            </Text>
          </Stack>
        )}
        <Group>
          <Button leftSection={<IconPackageExport size={16} />} onClick={() => void start()} loading={busy}>
            {t('export.request.start')}
          </Button>
          {busy && (
            <Button variant="default" onClick={() => running.current?.abort()}>
              {t('export.request.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
