/**
 * Importing bundles: several files at once, one after another, each verified in full before anything
 * of it is stored — in the app by a Web Worker, so the screen stays responsive whatever a bundle
 * holds; a progress bar per file and Cancel (which stops the worker at once, and the files not yet
 * read), and for each file what happened — imported (new, updated, unchanged), already imported,
 * refused with the exact reason, or cancelled.
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  List,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconFileZip } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgress, ImportResult } from '../../../data'
import { isBundleError } from '../../../domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../../../domain/export/bundle-schema'
import { formatDateTime } from '../../shared/format'
import { useRepositories } from '../../shared/services'
import { refusalMessage } from '../refusal'

interface FileOutcome {
  name: string
  result: ImportResult | null
  refusal: string | null
  /** Stopped by Cancel (while read, or not reached): nothing of it was stored. */
  cancelled?: boolean
}

export function ImportCard() {
  const { t } = useTranslation()
  const { district } = useRepositories()
  const [running, setRunning] = useState<{
    n: number
    count: number
    name: string
    progress: ImportProgress | null
  } | null>(null)
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([])
  const controller = useRef<AbortController | null>(null)

  const importAll = async (files: File[]) => {
    if (!files.length) return
    const run = new AbortController()
    controller.current = run
    setOutcomes([])
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as File
      setRunning({ n: i + 1, count: files.length, name: file.name, progress: null })
      let outcome: FileOutcome
      if (run.signal.aborted) {
        outcome = { name: file.name, result: null, refusal: null, cancelled: true }
      } else if (file.size > BUNDLE_LIMITS.maxBundleBytes) {
        outcome = { name: file.name, result: null, refusal: t('district.import.tooLarge') }
      } else {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer())
          const result = await district.importBundle(bytes, file.name, {
            onProgress: (progress) => setRunning((r) => (r ? { ...r, progress } : r)),
            signal: run.signal,
          })
          outcome = { name: file.name, result, refusal: null }
        } catch (error) {
          outcome =
            isBundleError(error) && error.code === 'cancelled'
              ? { name: file.name, result: null, refusal: null, cancelled: true }
              : { name: file.name, result: null, refusal: refusalMessage(error, t) }
        }
      }
      setOutcomes((o) => [...o, outcome])
    }
    controller.current = null
    setRunning(null)
  }

  const percent = running?.progress
    ? (running.progress.phase === 'verify' ? 0 : 50) +
      (50 * running.progress.done) / Math.max(1, running.progress.total)
    : 0
  return (
    <Card withBorder data-testid="district-import">
      <Stack gap="sm">
        <Title order={4}>{t('district.import.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('district.import.hint')}
        </Text>
        <div>
          <FileButton onChange={(files) => void importAll(files)} accept=".zip,application/zip" multiple>
            {(props) => (
              <Button leftSection={<IconFileZip size={16} />} loading={running !== null} {...props}>
                {t('district.import.pick')}
              </Button>
            )}
          </FileButton>
        </div>
        {running && (
          <Stack gap={4} data-testid="import-progress">
            <Text size="sm">
              {t('district.import.progress', { n: running.n, count: running.count, name: running.name })}
            </Text>
            <Progress value={percent} animated aria-label={running.name} />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {running.progress?.phase === 'merge'
                  ? t('district.import.merge')
                  : t('district.import.verify')}
              </Text>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => controller.current?.abort()}
                data-testid="import-cancel"
              >
                {t('district.import.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {outcomes.length > 0 && (
          <List spacing="xs" data-testid="import-results">
            {outcomes.map((o, i) => (
              <List.Item key={`${o.name}-${i}`}>
                <Group gap="xs" align="start" wrap="nowrap">
                  <Badge
                    color={
                      o.refusal ? 'red' : o.cancelled || o.result?.status === 'duplicate' ? 'gray' : 'green'
                    }
                    miw={64}
                  >
                    {o.name}
                  </Badge>
                  <Outcome outcome={o} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  )
}

function Outcome({ outcome }: { outcome: FileOutcome }) {
  const { t } = useTranslation()
  if (outcome.cancelled)
    return (
      <Text size="sm" c="dimmed">
        {t('district.import.cancelled')}
      </Text>
    )
  if (outcome.refusal)
    return (
      <Text size="sm" c="red">
        {t('district.import.refused', { reason: outcome.refusal })}
      </Text>
    )
  const result = outcome.result as ImportResult
  if (result.status === 'duplicate') {
    return (
      <Text size="sm">
        {t('district.import.duplicate', { at: formatDateTime(result.summary.importedAt) })}
      </Text>
    )
  }
  const { summary } = result
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('district.import.room', { name: summary.roomName })} ·{' '}
        {t('district.import.imported', {
          added: summary.added,
          updated: summary.updated,
          unchanged: summary.unchanged,
        })}
      </Text>
      {result.warnings.map((w) => (
        <Alert key={w} color="yellow" p={6}>
          {t(`district.import.warnings.${w}`)}
        </Alert>
      ))}
    </Stack>
  )
}
