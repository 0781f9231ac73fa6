/** What went wrong with an agreement step, in the user's words: a refusal's own message, or a plain failure. */
import type { TFunction } from 'i18next'
import { AgreementNotReadyError, missingMessage } from '../../../domain/documents/agreement-lifecycle'
import { PermissionError } from '../../../domain/auth/roles'
import { ValidationError } from '../../../domain/shared/errors'
import { isQuotaExceeded } from '../../../domain/shared/storage-errors'

export interface StepError {
  message: string
  /** For a refusal to take effect: each missing signature or seal, as a sentence. */
  missing: string[]
}

export function stepError(error: unknown, t: TFunction): StepError {
  if (error instanceof AgreementNotReadyError) {
    return {
      message: t('agreements.notReady'),
      missing: error.missing.map((m) => {
        const { key, values } = missingMessage(m)
        return t(key, values)
      }),
    }
  }
  if (error instanceof ValidationError)
    return { message: t(error.issues[0]?.message ?? 'errors.unknown'), missing: [] }
  if (error instanceof PermissionError) return { message: t('errors.forbidden'), missing: [] }
  if (isQuotaExceeded(error)) return { message: t('backup.storage.quota'), missing: [] }
  return { message: t('agreements.errors.failed'), missing: [] }
}
