/** Turns validation i18n keys into the user's language for Mantine form errors. */
import type { TFunction } from 'i18next'
import type { FormErrors } from '@mantine/form'
import { type ValidationError } from '../../domain/shared/errors'

export function translateErrors(errors: FormErrors, t: TFunction): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, typeof v === 'string' ? t(v) : v]))
}

export function errorsFromValidation(error: ValidationError, t: TFunction): FormErrors {
  return Object.fromEntries(error.issues.map((i) => [i.path, t(i.message)]))
}
