/**
 * Workspace settings, none of them personal data: the organisation profile (with its case-number
 * rule) and security settings. Anyone unlocked may read them; changing them needs
 * `settings:manage` and is audited.
 */
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  autoLockSchema,
  organisationSchema,
  type Organisation,
} from '../../domain/auth/account'
import { requirePermission, type Role } from '../../domain/auth/roles'
import {
  DEFAULT_NUMBERING,
  numberingSettingsSchema,
  type NumberingSettings,
} from '../../domain/numbering/numbering-settings'
import { parseOrThrow } from '../../domain/shared/errors'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'

export const ORGANISATION_KEY = 'organisation'
const SECURITY_KEY = 'security'

/** Readable before login: the login screen shows whose workspace this is. */
export async function readOrganisation(db: MediationDb): Promise<Organisation | null> {
  const parsed = organisationSchema.safeParse((await db.settings.get(ORGANISATION_KEY))?.value)
  return parsed.success ? parsed.data : null
}

export async function readAutoLockMinutes(db: MediationDb): Promise<number> {
  const value = (await db.settings.get(SECURITY_KEY))?.value as { autoLockMinutes?: unknown } | undefined
  const parsed = autoLockSchema.safeParse(value?.autoLockMinutes)
  return parsed.success ? parsed.data : AUTO_LOCK_DEFAULT_MINUTES
}

export interface SettingsDeps {
  db: MediationDb
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
}

export function createSettingsRepository({ db, access, audit }: SettingsDeps) {
  const manage = () => requirePermission(access.roles, 'settings:manage')
  return {
    async getNumbering(): Promise<NumberingSettings> {
      return (await readOrganisation(db))?.numbering ?? DEFAULT_NUMBERING
    },
    getOrganisation: () => readOrganisation(db),
    getAutoLockMinutes: () => readAutoLockMinutes(db),

    async setNumbering(input: unknown): Promise<NumberingSettings> {
      manage()
      const numbering = parseOrThrow(numberingSettingsSchema, input)
      const organisation = await readOrganisation(db)
      if (!organisation) throw new Error('settings: no organisation')
      await db.settings.put({ key: ORGANISATION_KEY, value: { ...organisation, numbering } })
      await audit.append(access.actor, 'settings.update', { type: 'settings', id: 'numbering' })
      return numbering
    },

    async setAutoLockMinutes(input: unknown): Promise<number> {
      manage()
      const minutes = parseOrThrow(autoLockSchema, input)
      await db.settings.put({ key: SECURITY_KEY, value: { autoLockMinutes: minutes } })
      await audit.append(access.actor, 'settings.update', { type: 'settings', id: 'auto-lock' }, { minutes })
      return minutes
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
