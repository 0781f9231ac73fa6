/**
 * Shows a readable message instead of a blank window when rendering fails. The technical detail
 * is the error's name only for unknown errors: messages could carry personal data.
 */
import { Alert, Button, Container, Stack, Text } from '@mantine/core'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export function ErrorMessage({ error, notFound }: { error?: unknown; notFound?: boolean }) {
  const { t } = useTranslation()
  const name = error instanceof Error ? error.name : 'Error'
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={notFound ? t('errors.notFound') : t('errors.title')} role="alert">
        <Stack gap="sm">
          {!notFound && <Text>{t('errors.body')}</Text>}
          {!notFound && (
            <Text size="xs" c="dimmed">
              {t('errors.detail', { message: name })}
            </Text>
          )}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => {
              window.location.hash = '#/cases'
              window.location.reload()
            }}
          >
            {t('errors.reload')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  )
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Name and component stack only: never the message, which may quote personal data.
    console.error('render error', error instanceof Error ? error.name : typeof error, info.componentStack)
  }

  override render() {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children
  }
}
