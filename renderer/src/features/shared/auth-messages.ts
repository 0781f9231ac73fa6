/** Maps auth failures to the words a person should read. */
import type { TFunction } from 'i18next'
import { AuthError } from '../../data'
import { ValidationError } from '../../domain/shared/errors'
import { unexpectedErrorMessage } from './error-message'

export function authErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof AuthError) {
    if (error.code === 'invalid-credentials' && error.retryAfterSeconds > 0) {
      return t('auth.errors.invalidThenWait', { seconds: error.retryAfterSeconds })
    }
    if (error.code === 'throttled') return t('auth.errors.throttled', { seconds: error.retryAfterSeconds })
    return t(`auth.errors.${error.code}`)
  }
  if (error instanceof ValidationError) return error.issues.map((i) => t(i.message)).join('；')
  return unexpectedErrorMessage(error, t)
}
