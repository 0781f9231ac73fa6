/** What is read before login (the login screen, the auto-lock): without the settings repository's code. */
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  autoLockSchema,
  organisationSchema,
  type Organisation,
} from '../../domain/auth/account'
import type { MediationDb } from '../schema'

export const ORGANISATION_KEY = 'organisation'
export const SECURITY_KEY = 'security'

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
