/**
 * The seal step: who may seal applies it here — the seal of the body the case issues under, its
 * image and name shown first, or why it cannot be applied yet; who may not hands the signed version
 * over (待盖章) to those who may, and is told where it went.
 */
import { Alert, Button, Card, Group, Image, Stack, Text } from '@mantine/core'
import { IconRubberStamp, IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { useBlobUrl } from '../../../components/use-blob-url'
import { formatDateTime } from '../../shared/format'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

interface Props {
  agreement: Agreement
  busy: boolean
  onStep: (which: 'seal' | 'handover', work: () => Promise<unknown>) => void
}

export function SealStep({ agreement: a, busy, onStep }: Props) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const mayUpdate = useCan('case:update')
  const maySeal = useCan('seal:apply')
  const open = a.status === 'draft' || a.status === 'signed'
  const preview = useQuery(
    async () => (maySeal && open && !a.seal ? agreements.sealFor(a.id) : null),
    [maySeal, open, a.seal, a.id],
  )
  const sealUrl = useBlobUrl(preview.data?.image ?? null, 'image/png')
  const bodyName = preview.data?.bodyName ?? ''
  const missing = preview.data !== undefined && preview.data !== null && preview.data.image === null
  // The body it was drawn up under no longer issues documents here (设置 → 出具文书的机构).
  const bodyGone = missing && preview.data?.bodyName === null

  return (
    <Card withBorder padding="md" data-testid="seal-panel">
      <Stack gap="sm">
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
                  : bodyName
                    ? t('agreements.sealOf', { name: bodyName })
                    : '—'}
            </Text>
          </div>
          <Group>
            {sealUrl && !a.seal && (
              <Image
                src={sealUrl}
                alt={t('signing.sealPreviewOf', { name: bodyName })}
                h={72}
                w={72}
                fit="contain"
              />
            )}
            {maySeal && open && !a.seal && (
              <Button
                size="md"
                leftSection={<IconRubberStamp size={18} />}
                color="red"
                loading={busy}
                disabled={missing}
                data-testid="apply-seal"
                onClick={() => onStep('seal', () => agreements.applySeal(a.id))}
              >
                {t('agreements.applySeal')}
              </Button>
            )}
          </Group>
        </Group>
        {missing && (
          <Alert color="orange" data-testid="seal-missing">
            {bodyGone ? t('agreements.sealBodyGone') : t('agreements.sealMissingFor', { name: bodyName })}
          </Alert>
        )}
        {!maySeal && mayUpdate && open && !a.seal && (
          <Alert color={a.handedOver ? 'blue' : 'yellow'} data-testid="handover-panel">
            {a.handedOver ? (
              <Text size="sm" data-testid="handed-over">
                {t('agreements.handedOver', {
                  name: a.handedOver.byName,
                  time: formatDateTime(a.handedOver.at),
                })}
              </Text>
            ) : (
              <Stack gap="xs">
                <Text size="sm">{t('agreements.handOverHint')}</Text>
                {a.status === 'draft' && (
                  <Text size="sm" c="dimmed">
                    {t('agreements.handOverAfterSignatures')}
                  </Text>
                )}
                <Group>
                  <Button
                    leftSection={<IconSend size={16} />}
                    disabled={a.status !== 'signed'}
                    loading={busy}
                    data-testid="hand-over"
                    onClick={() => onStep('handover', () => agreements.handOver(a.id))}
                  >
                    {t('agreements.handOver')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
