/**
 * The frame every record form shares: the <form> (Ctrl+Enter saves from any field), a note when a
 * draft was restored, what went wrong, and the buttons.
 */
import { Alert, Button, Group, Kbd, Stack, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import type { FormEvent, KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../shared/format'
import type { FormKind } from './form-support'
import type { FormDraft } from './use-form-draft'
import { ErrorAlert } from '../../components/ErrorAlert'

export interface RecordFormFrameProps {
  kind: FormKind
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void
  saving: boolean
  failure: string | null
  draft?: FormDraft
  onCancel?: () => void
  children: ReactNode
}

export function RecordFormFrame({
  kind,
  onSubmit,
  saving,
  failure,
  draft,
  onCancel,
  children,
}: RecordFormFrameProps) {
  const { t } = useTranslation()
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      if (!saving) onSubmit()
    }
  }
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      noValidate
      autoComplete="off"
      data-testid={`record-form-${kind}`}
    >
      <Stack gap="sm">
        {draft?.restoredAt && (
          <Alert
            color="blue"
            variant="light"
            icon={<IconRestore size={18} />}
            py={6}
            data-testid="draft-restored"
          >
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{t('records.draftRestored', { time: formatDateTime(draft.restoredAt) })}</Text>
              <Button size="compact-xs" variant="subtle" tabIndex={-1} onClick={draft.discard}>
                {t('records.discardDraft')}
              </Button>
            </Group>
          </Alert>
        )}
        {children}
        <ErrorAlert message={failure} testId="record-form-failure" />
        <Group justify="flex-end" gap="sm">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('records.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving} title={t('records.saveHint')}>
            {t('records.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
