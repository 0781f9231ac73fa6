/** The note above a form whose unsaved text was restored from its draft, with a way to start afresh. */
import { Alert, Button, Group, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../format'
import type { FormDraft } from './use-form-draft'

export function DraftRestoredNotice({ draft }: { draft: FormDraft | undefined }) {
  const { t } = useTranslation()
  if (!draft?.restoredAt) return null
  return (
    <Alert color="blue" variant="light" icon={<IconRestore size={18} />} py={6} data-testid="draft-restored">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm">{t('records.draftRestored', { time: formatDateTime(draft.restoredAt) })}</Text>
        <Button size="compact-xs" variant="subtle" tabIndex={-1} onClick={draft.discard}>
          {t('records.discardDraft')}
        </Button>
      </Group>
    </Alert>
  )
}
