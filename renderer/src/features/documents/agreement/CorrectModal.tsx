/** 更正: a new version of an agreement in effect, with the reason; the old one stays until it takes effect. */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Agreement } from '../../../domain/documents/agreement'
import { useRepositories } from '../../shared/services'
import { stepError, type StepError } from './agreement-errors'
import { StepErrorAlert } from './StepErrorAlert'

interface Props {
  agreement: Agreement | null
  onClose: () => void
  onCreated: (draft: Agreement) => void
}

export function CorrectModal({ agreement, onClose, onCreated }: Props) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<StepError | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!agreement) return
    setBusy(true)
    setError(null)
    try {
      const draft = await agreements.supersede(agreement.id, reason)
      setReason('')
      onCreated(draft)
    } catch (err) {
      setError(stepError(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal opened={agreement !== null} onClose={onClose} title={t('agreements.correctTitle')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agreements.correctHint')}
        </Text>
        <Textarea
          label={t('agreements.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
        />
        {error && <StepErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('agreements.close')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="confirm-correct">
            {t('agreements.createVersion')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
