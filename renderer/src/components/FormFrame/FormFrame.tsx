/**
 * The frame every form shares: the <form> (Enter in a field and Ctrl+Enter anywhere run its main
 * action), an optional note above the fields, what went wrong, and the buttons — cancel, the main
 * action, and optionally a second one beside it ("save and sign") that only a click runs.
 */
import { Button, Group, Kbd, Stack, Text, type ButtonVariant } from '@mantine/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { ErrorAlert } from '../ErrorAlert'

export interface FormFrameAction {
  label: string
  onClick: () => void
}

export interface FormFrameProps {
  /** `data-testid` of the <form>. */
  testId: string
  /** The main action: the submit button, Enter in a field, Ctrl+Enter anywhere. */
  onSubmit: () => void
  submitLabel: string
  /** The submit button's tooltip. */
  submitHint?: string
  /** The submit button's look (lighter when a second action is the one to reach for). */
  submitVariant?: ButtonVariant
  /** A second action after the submit button: a deliberate click, never a key. */
  secondary?: FormFrameAction
  /** Shows a cancel button when given. */
  onCancel?: () => void
  cancelLabel: string
  saving: boolean
  /** What went wrong, in the user's words; nothing is shown while null. */
  failure: string | null
  /** `data-testid` of the failure alert. */
  failureTestId: string
  /** Above the fields: a restored draft's note, for instance. */
  notice?: ReactNode
  children: ReactNode
}

export function FormFrame(props: FormFrameProps) {
  const { testId, onSubmit, saving, failure, failureTestId, onCancel, secondary, children } = props
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      if (!saving) onSubmit()
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
      onKeyDown={onKeyDown}
      noValidate
      autoComplete="off"
      data-testid={testId}
    >
      <Stack gap="sm">
        {props.notice}
        {children}
        <ErrorAlert message={failure} testId={failureTestId} />
        <Group justify="flex-end" gap="sm">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd>
          </Text>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {props.cancelLabel}
            </Button>
          )}
          <Button type="submit" variant={props.submitVariant} loading={saving} title={props.submitHint}>
            {props.submitLabel}
          </Button>
          {secondary && (
            <Button loading={saving} onClick={secondary.onClick}>
              {secondary.label}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
