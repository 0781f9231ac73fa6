/** The values and validation of the three user forms: create, edit, reset password. */
import type { FormErrors } from '@mantine/form'
import { schemaResolver } from '@mantine/form'
import type { TFunction } from 'i18next'
import { z } from 'zod'
import { normalizeRecoveryKey } from '../../../data'
import { newAccountSchema, passwordSchema } from '../../../domain/auth/account'
// The forms check password strength synchronously: the engine comes with this (lazy) chunk.
import '../../../domain/auth/password-engine'
import type { Role } from '../../../domain/auth/roles'
import { MSG } from '../../../domain/shared/messages'
import { translateErrors } from '../../shared/form-errors'

export interface CreateUserValues {
  username: string
  displayName: string
  roles: Role[]
  password: string
  confirm: string
}

export interface EditUserValues {
  displayName: string
  roles: Role[]
}

export interface ResetPasswordValues {
  recoveryKey: string
  password: string
  confirm: string
}

export const initialCreateValues: CreateUserValues = {
  username: '',
  displayName: '',
  roles: [],
  password: '',
  confirm: '',
}

export const initialResetValues: ResetPasswordValues = { recoveryKey: '', password: '', confirm: '' }

const resolveCreate = schemaResolver(newAccountSchema.extend({ confirm: z.string() }), { sync: true })
const resolveEdit = schemaResolver(newAccountSchema.pick({ displayName: true, roles: true }), { sync: true })
const resolveReset = schemaResolver(
  z.object({
    recoveryKey: z.string().refine((k) => normalizeRecoveryKey(k) !== null, MSG.recoveryKey),
    password: passwordSchema,
  }),
  { sync: true },
)

/** The repeat check runs beside the schema, so a mismatch shows together with the other errors. */
function withConfirm(errors: FormErrors, values: { password: string; confirm: string }): FormErrors {
  if (values.confirm === values.password) return errors
  return { ...errors, confirm: MSG.passwordMismatch }
}

export const validateCreate = (values: CreateUserValues, t: TFunction) =>
  translateErrors(withConfirm(resolveCreate(values), values), t)

export const validateEdit = (values: EditUserValues, t: TFunction) => translateErrors(resolveEdit(values), t)

export const validateReset = (values: ResetPasswordValues, t: TFunction) =>
  translateErrors(withConfirm(resolveReset(values), values), t)
