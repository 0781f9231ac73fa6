/** The setup form's values and their validation (each step validates its own part). */
import { z } from 'zod'
import { newAccountSchema, organisationSchema, type OrganisationKind } from '../../../domain/auth/account'
// The form checks password strength synchronously: the engine comes with this (lazy) chunk.
import '../../../domain/auth/password-engine'
import { DEFAULT_NUMBERING } from '../../../domain/numbering/numbering-settings'
import { MSG } from '../../../domain/shared/messages'

export interface SetupValues {
  organisation: {
    name: string
    kind: OrganisationKind
    region: string
    numbering: { pattern: string; orgShortName: string }
  }
  admin: { username: string; displayName: string; password: string; confirm: string }
}

export const initialSetupValues: SetupValues = {
  organisation: { name: '', kind: 'committee', region: '', numbering: { ...DEFAULT_NUMBERING } },
  admin: { username: '', displayName: '', password: '', confirm: '' },
}

export const organisationStepSchema = z.object({ organisation: organisationSchema })

export const adminStepSchema = z.object({
  admin: newAccountSchema
    .omit({ roles: true })
    .extend({ confirm: z.string() })
    .refine((a) => a.password === a.confirm, { message: MSG.passwordMismatch, path: ['confirm'] }),
})
