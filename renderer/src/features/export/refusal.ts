/** What to tell the user when an export or an import fails: the exact reason, in their language. */
import type { TFunction } from 'i18next'
import { PermissionError } from '../../domain/auth/roles'
import { isBundleError } from '../../domain/export/bundle-errors'
import { ValidationError } from '../../domain/shared/errors'
import { unexpectedErrorMessage } from '../shared/error-message'

export function refusalMessage(error: unknown, t: TFunction): string {
  if (isBundleError(error)) return t(`bundleErrors.${error.code}`, error.params)
  if (error instanceof ValidationError) return t(error.issues[0]?.message ?? 'errors.unknown')
  if (error instanceof PermissionError) return t('errors.forbidden')
  return unexpectedErrorMessage(error, t)
}
