/**
 * A refusal or failure, in the user's words: the one red alert every screen and form uses. Renders
 * nothing while there is no message, so callers write `<ErrorAlert message={failure} />`.
 */
import { Alert, type AlertProps } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ErrorAlertProps extends Omit<AlertProps, 'color' | 'children' | 'title'> {
  message: ReactNode
  /** `data-testid` of the alert, for tests that look for one failure among several. */
  testId?: string
  /** Shows a close button that calls this. */
  onDismiss?: () => void
}

export function ErrorAlert({ message, testId, onDismiss, ...rest }: ErrorAlertProps) {
  if (message === null || message === undefined || message === false || message === '') return null
  return (
    <Alert
      color="red"
      role="alert"
      data-testid={testId}
      withCloseButton={onDismiss !== undefined}
      onClose={onDismiss}
      {...rest}
    >
      {message}
    </Alert>
  )
}
