/**
 * The shared translation of a failed operation into the user's words: a full disk or exceeded
 * quota says so (nothing was saved, reading still works), a refusal says its reason, anything else
 * is the generic message. Never the error's own text, which may carry content.
 */
import type { TFunction } from 'i18next'
import { PermissionError } from '../../domain/auth/roles'
import { ValidationError } from '../../domain/shared/errors'
import { isQuotaExceeded } from '../../domain/shared/storage-errors'

/** Quota or the generic message: the fallback every feature's own translation ends with. */
export function unexpectedErrorMessage(error: unknown, t: TFunction): string {
  return isQuotaExceeded(error) ? t('backup.storage.quota') : t('errors.unknown')
}

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ValidationError) return t(error.issues[0]?.message ?? 'errors.unknown')
  if (error instanceof PermissionError) return t('errors.forbidden')
  return unexpectedErrorMessage(error, t)
}
