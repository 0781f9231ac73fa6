/** Counselling failures in the user's words — never the error's own text, never content. */
import type { TFunction } from 'i18next'
import { AuthError, CounsellingError } from '../../data'
import { PermissionError } from '../../domain/auth/roles'
import { ValidationError } from '../../domain/shared/errors'
import { authErrorMessage } from '../shared/auth-messages'
import { unexpectedErrorMessage } from '../shared/error-message'

export function counsellingErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof CounsellingError) return t(`counselling.errors.${error.code}`)
  if (error instanceof PermissionError) return t('errors.forbidden')
  if (error instanceof ValidationError) return error.issues.map((i) => t(i.message)).join('；')
  if (error instanceof AuthError) return authErrorMessage(error, t)
  return unexpectedErrorMessage(error, t)
}
