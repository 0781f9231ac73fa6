/** Why a screen could not load its data, in the user's words — never the error's own message. */
import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PermissionError } from '../../domain/auth/roles'

export function QueryErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const forbidden = error instanceof PermissionError
  return (
    <Alert color={forbidden ? 'yellow' : 'red'} role="alert">
      {t(forbidden ? 'errors.forbidden' : 'errors.storage')}
    </Alert>
  )
}
