/**
 * The signing screen of one agreement version, used on the spot: a place per party, the mediator
 * and the recorder, the committee's seal (for those allowed to apply it), and "put into effect",
 * which when refused says exactly what is still missing.
 */
import { Alert, Button, Card, Group, Image, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconRosetteDiscountCheck, IconRubberStamp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { formatDateTime } from '../../shared/format'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { stepError, type StepError } from './agreement-errors'
import { StepErrorAlert } from './StepErrorAlert'
import { SlotPanel } from './SlotPanel'
import { useAgreementRenderer } from './use-agreement-renderer'
import { useBlobUrl } from '../../../components/use-blob-url'

export function SigningModal({ agreementId, onClose }: { agreementId: string | null; onClose: () => void }) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const loaded = useQuery(
    () => (agreementId ? agreements.get(agreementId) : Promise.resolve(null)),
    [agreementId],
  )
  const a = loaded.data ?? null
  return (
    <Modal
      opened={agreementId !== null}
      onClose={onClose}
      size="xl"
      title={
        a ? t('agreements.signingTitle', { caseNo: a.caseNo, version: a.version }) : t('agreements.title')
      }
    >
      {loaded.status === 'error' && <QueryErrorAlert error={loaded.error} />}
      {!a && loaded.status === 'loading' && <Loader size="sm" />}
      {a && <SigningBody agreement={a} onClose={onClose} />}
    </Modal>
  )
}

function SigningBody({ agreement: a, onClose }: { agreement: Agreement; onClose: () => void }) {
  const { t } = useTranslation()
  const { agreements, signing } = useRepositories()
  const mayUpdate = useCan('case:update')
  const maySeal = useCan('seal:apply')
  const renderer = useAgreementRenderer()
  const [error, setError] = useState<StepError | null>(null)
  const [busy, setBusy] = useState<'seal' | 'effective' | null>(null)
  const open = a.status === 'draft' || a.status === 'signed'
  const sealPreview = useQuery(async () => (maySeal && open ? signing.sealImage() : null), [maySeal, open])

  // Feedback stays inside the dialog (the slot, the seal panel, the effective banner): a toast would
  // cover the dialog's own buttons while people sign one after another.
  const step = async (which: 'seal' | 'effective', work: () => Promise<unknown>) => {
    setBusy(which)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(stepError(err, t))
    } finally {
      setBusy(null)
    }
  }

  const sealUrl = useBlobUrl(sealPreview.data ?? null, 'image/png')

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('agreements.intro')}
      </Text>
      {a.status === 'signed' && (
        <Alert color="blue" icon={<IconRosetteDiscountCheck size={18} />}>
          {t('agreements.locked')}
        </Alert>
      )}
      {a.slots.map((slot) => (
        <SlotPanel
          key={slot.id}
          agreement={a}
          slot={slot}
          onError={(err) => setError(stepError(err, t))}
          onDone={() => setError(null)}
        />
      ))}
      <Card withBorder padding="sm" data-testid="seal-panel">
        <Group justify="space-between">
          <div>
            <Text fw={600}>{t('agreements.seal')}</Text>
            <Text size="sm" c="dimmed">
              {a.seal
                ? t('agreements.sealApplied', {
                    name: a.seal.appliedByName,
                    time: formatDateTime(a.seal.appliedAt),
                  })
                : !maySeal && open
                  ? t('agreements.sealNotAllowed')
                  : '—'}
            </Text>
          </div>
          <Group>
            {sealUrl && !a.seal && (
              <Image src={sealUrl} alt={t('signing.sealPreview')} h={56} w={56} fit="contain" />
            )}
            {maySeal && open && !a.seal && (
              <Button
                leftSection={<IconRubberStamp size={16} />}
                color="red"
                variant="light"
                loading={busy === 'seal'}
                data-testid="apply-seal"
                onClick={() => void step('seal', () => agreements.applySeal(a.id))}
              >
                {t('agreements.applySeal')}
              </Button>
            )}
          </Group>
        </Group>
      </Card>
      {error && <StepErrorAlert error={error} />}
      {a.status === 'effective' && (
        <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="agreement-effective">
          <Title order={6}>{t('agreements.effectiveDone')}</Title>
          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {t('agreements.sha256', { sha: a.sha256 })}
          </Text>
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('agreements.close')}
        </Button>
        {mayUpdate && open && (
          <Button
            leftSection={<IconCircleCheck size={16} />}
            loading={busy === 'effective'}
            data-testid="make-effective"
            onClick={() =>
              void step('effective', async () => agreements.makeEffective(a.id, await renderer()))
            }
          >
            {t('agreements.makeEffective')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
