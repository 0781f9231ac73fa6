/**
 * 加载演示数据: for administrators, 200 generated demo cases imported into an empty workspace only
 * (never mixed with real cases), in small batches with progress, their parties then linked to person
 * records as registration would.
 */
import { Alert, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCan, useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'

export const DEMO_CASE_COUNT = 200
const BATCH = 25
const DEMO_SEED = 20261125

type Phase =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'checking' }
  | { step: 'loading'; done: number }
  | { step: 'done'; count: number }
  | { step: 'not-empty'; count: number }
  | { step: 'failed'; done: number }

export function DemoDataCard() {
  const { t } = useTranslation()
  const { cases, persons } = useRepositories()
  const manage = useCan('settings:manage')
  const [phase, setPhase] = useState<Phase>({ step: 'idle' })

  if (!manage) return null

  const load = async () => {
    setPhase({ step: 'checking' })
    let done = 0
    try {
      const { total } = await cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 1 })
      if (total > 0) return setPhase({ step: 'not-empty', count: total })
      setPhase({ step: 'loading', done })
      // The generator (names, places, narratives) is loaded only here, never with the first screen.
      const { generateDemoCases } = await import('../../../demo')
      const now = new Date()
      for (let start = 0; start < DEMO_CASE_COUNT; start += BATCH) {
        const drafts = generateDemoCases({ seed: DEMO_SEED, count: BATCH, now, startIndex: start })
        done += await cases.importDrafts(drafts)
        setPhase({ step: 'loading', done })
      }
      // Bulk imports skip person records; link the demo parties now, so their person pages open at once.
      for (
        let batch = await persons.linkLegacyCases();
        !batch.done;
        batch = await persons.linkLegacyCases()
      ) {
        // each batch is its own transaction
      }
      setPhase({ step: 'done', count: done })
      notifications.show({ color: 'green', message: t('demo.done', { count: done }) })
    } catch {
      setPhase({ step: 'failed', done })
    }
  }

  const busy = phase.step === 'checking' || phase.step === 'loading'

  return (
    <Card withBorder data-testid="demo-data-card">
      <Title order={4}>{t('demo.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('demo.intro', { count: DEMO_CASE_COUNT })}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('demo.onlyEmpty')}
      </Text>
      <Stack gap="sm">
        {phase.step === 'confirm' && (
          <Alert color="yellow" title={t('demo.confirmTitle')}>
            <Text size="sm">{t('demo.confirmBody')}</Text>
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={() => setPhase({ step: 'idle' })}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => void load()}>{t('demo.confirm')}</Button>
            </Group>
          </Alert>
        )}
        {phase.step === 'checking' && <Text size="sm">{t('demo.checking')}</Text>}
        {phase.step === 'loading' && (
          <div>
            <Text size="sm" mb={4} aria-live="polite">
              {t('demo.progress', { done: phase.done, total: DEMO_CASE_COUNT })}
            </Text>
            <Progress
              value={(phase.done / DEMO_CASE_COUNT) * 100}
              animated
              aria-label={t('demo.progress', { done: phase.done, total: DEMO_CASE_COUNT })}
            />
          </div>
        )}
        {phase.step === 'done' && (
          <Alert color="green" role="status">
            {t('demo.done', { count: phase.count })}
          </Alert>
        )}
        {phase.step === 'not-empty' && (
          <Alert color="yellow" role="alert">
            {t('demo.notEmpty', { count: phase.count })}
          </Alert>
        )}
        <ErrorAlert message={phase.step === 'failed' && t('demo.failed', { done: phase.done })} />
        {phase.step !== 'confirm' && (
          <Group justify="flex-end">
            <Button
              onClick={() => setPhase({ step: 'confirm' })}
              loading={busy}
              disabled={busy || phase.step === 'done' || phase.step === 'not-empty'}
            >
              {t('demo.load')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  )
}
