/** What is read before login (the login screen, the auto-lock): without the settings repository's code. */
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  SIGNING_LOCK_DEFAULT_MINUTES,
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

type SecurityValue = { autoLockMinutes?: unknown; signingLockMinutes?: unknown } | undefined

export async function readAutoLockMinutes(db: MediationDb): Promise<number> {
  return (await readLockMinutes(db)).autoLock
}

/** The idle times: everywhere, and on the signing screen. */
export async function readLockMinutes(db: MediationDb): Promise<{ autoLock: number; signing: number }> {
  const value = (await db.settings.get(SECURITY_KEY))?.value as SecurityValue
  const autoLock = autoLockSchema.safeParse(value?.autoLockMinutes)
  const signing = autoLockSchema.safeParse(value?.signingLockMinutes)
  return {
    autoLock: autoLock.success ? autoLock.data : AUTO_LOCK_DEFAULT_MINUTES,
    signing: signing.success ? signing.data : SIGNING_LOCK_DEFAULT_MINUTES,
  }
}
