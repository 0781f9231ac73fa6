/**
 * The frame of every counselling form: the fields, what went wrong, and the buttons — "save draft"
 * and "save and sign" for notes, a single "save" for records that are final when made. Ctrl+Enter
 * saves (a draft, for notes: signing is always a deliberate click).
 */
import { Button, Group, Kbd, Stack, Text } from '@mantine/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '../../../components/ErrorAlert'

export interface CounsellingFormFrameProps {
  testId: string
  onSave: () => void
  onSign: () => void
  saving: boolean
  failure: string | null
  /** Notes: a draft may be saved, or saved and signed. Otherwise one final save. */
  signable: boolean
  onCancel: () => void
  /** The final save button's text, when "save" does not say what happens. */
  submitLabel?: string
  children: ReactNode
}

export function CounsellingFormFrame(props: CounsellingFormFrameProps) {
  const { testId, onSave, onSign, saving, failure, signable, onCancel, submitLabel, children } = props
  const { t } = useTranslation()
  const primary = signable ? onSave : onSign
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      if (!saving) primary()
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        primary()
      }}
      onKeyDown={onKeyDown}
      noValidate
      autoComplete="off"
      data-testid={testId}
    >
      <Stack gap="sm">
        {children}
        <ErrorAlert message={failure} testId="counselling-form-failure" />
        <Group justify="flex-end" gap="sm">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
          <Button variant="default" onClick={onCancel}>
            {t('counselling.cancel')}
          </Button>
          {signable ? (
            <>
              <Button type="submit" variant="light" loading={saving}>
                {t('counselling.save')}
              </Button>
              <Button loading={saving} onClick={onSign}>
                {t('counselling.saveAndSign')}
              </Button>
            </>
          ) : (
            <Button type="submit" loading={saving}>
              {submitLabel ?? t('counselling.saveFinal')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
