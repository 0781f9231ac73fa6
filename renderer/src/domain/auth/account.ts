/** Accounts, passwords and the organisation profile entered at setup: validation only. */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import { numberingSettingsSchema } from '../numbering/numbering-settings'
import { ROLES } from './roles'
import { passwordStrength } from './password-strength'

export const ORGANISATION_KINDS = ['committee', 'judicial-office', 'administrative', 'invited'] as const
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number]

export const PASSWORD_MIN_LENGTH = 10

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,32}$/, MSG.username)

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, MSG.passwordShort)
  .max(256, MSG.tooLong)
  // Strength as zxcvbn estimates the guesses (with Chinese pinyin names, words and the commonest
  // Chinese passwords), not length and distinct characters: "Zhang123456!" is refused.
  .refine((p) => passwordStrength(p).ok, MSG.passwordWeak)

export const newAccountSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, MSG.required).max(40, MSG.tooLong),
  roles: z.array(z.enum(ROLES)).min(1, MSG.rolesMin),
  password: passwordSchema,
})
export type NewAccount = z.output<typeof newAccountSchema>

export const organisationSchema = z.object({
  name: z.string().trim().min(1, MSG.required).max(60, MSG.tooLong),
  kind: z.enum(ORGANISATION_KINDS, MSG.choice),
  region: z.string().trim().min(1, MSG.required).max(60, MSG.tooLong),
  numbering: numberingSettingsSchema,
})
export type Organisation = z.output<typeof organisationSchema>

export const AUTO_LOCK_DEFAULT_MINUTES = 5
export const autoLockSchema = z.number().int().min(1, MSG.autoLock).max(60, MSG.autoLock)
/** On the signing screen the parties are present, reading and signing: a longer idle time applies. */
export const SIGNING_LOCK_DEFAULT_MINUTES = 20

/** Seconds to wait after `failures` consecutive wrong passwords: free for 3, then doubling, at most 5 min. */
export function loginDelaySeconds(failures: number): number {
  if (failures < 3) return 0
  return Math.min(2 ** (failures - 3) * 2, 300)
}
