/**
 * 确认生效: what is still missing, in words, before anything is tried; the button once nothing is;
 * and, once in effect, the SHA-256 of the issued PDF.
 */
import { Alert, Button, Card, List, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { missingForEffect, missingMessage } from '../../../domain/documents/agreement-lifecycle'
import { useCan } from '../../shared/services'

interface Props {
  agreement: Agreement
  busy: boolean
  onEffective: () => void
}

export function EffectiveStep({ agreement: a, busy, onEffective }: Props) {
  const { t } = useTranslation()
  const mayUpdate = useCan('case:update')
  const maySeal = useCan('seal:apply')
  const mayAct = mayUpdate || maySeal
  if (a.status === 'effective' || a.status === 'superseded')
    return (
      <Alert color="green" icon={<IconCircleCheck size={18} />} data-testid="agreement-effective">
        <Title order={6}>{t('agreements.effectiveDone')}</Title>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          {t('agreements.sha256', { sha: a.sha256 })}
        </Text>
      </Alert>
    )
  const missing = missingForEffect(a)
  return (
    <Card withBorder padding="md" data-testid="effective-panel">
      <Stack gap="sm">
        {missing.length > 0 ? (
          <div>
            <Text size="sm" fw={600}>
              {t('agreements.notReady')}
            </Text>
            <List size="sm" data-testid="agreement-missing">
              {missing.map((m) => {
                const { key, values } = missingMessage(m)
                return <List.Item key={m.kind === 'seal' ? 'seal' : m.slotId}>{t(key, values)}</List.Item>
              })}
            </List>
          </div>
        ) : (
          <Text size="sm">{t('agreements.effectiveReady')}</Text>
        )}
        {mayAct && (
          <div>
            <Button
              size="md"
              leftSection={<IconCircleCheck size={18} />}
              disabled={missing.length > 0}
              loading={busy}
              data-testid="make-effective"
              onClick={onEffective}
            >
              {t('agreements.makeEffective')}
            </Button>
          </div>
        )}
      </Stack>
    </Card>
  )
}
