/** Maps auth failures to the words a person should read. */
import type { TFunction } from 'i18next'
import { AuthError } from '../../data'
import { ValidationError } from '../../domain/shared/errors'
import { unexpectedErrorMessage } from './error-message'

/**
 * `passwordOnly`: the screen asks for a password alone (unlock), so a refusal does not speak of a
 * user name it never asked for.
 */
export function authErrorMessage(
  error: unknown,
  t: TFunction,
  options: { passwordOnly?: boolean } = {},
): string {
  if (error instanceof AuthError) {
    if (error.code === 'invalid-credentials' && options.passwordOnly) {
      return error.retryAfterSeconds > 0
        ? t('auth.errors.passwordThenWait', { seconds: error.retryAfterSeconds })
        : t('auth.errors.password')
    }
    if (error.code === 'invalid-credentials' && error.retryAfterSeconds > 0) {
      return t('auth.errors.invalidThenWait', { seconds: error.retryAfterSeconds })
    }
    if (error.code === 'throttled') return t('auth.errors.throttled', { seconds: error.retryAfterSeconds })
    return t(`auth.errors.${error.code}`)
  }
  if (error instanceof ValidationError) return error.issues.map((i) => t(i.message)).join('；')
  return unexpectedErrorMessage(error, t)
}
