/**
 * Logging in (and unlocking, which is the same check): Argon2id over the typed password, then the
 * keyring must unwrap. Wrong passwords are counted per account and slowed down progressively;
 * every failure is recorded for the audit log.
 */
import { loginDelaySeconds, usernameSchema } from '../../domain/auth/account'
import { recordPendingAudit } from '../audit/audit-log'
import { DecryptError } from '../crypto/aead'
import { derivePasswordKey, newArgon2Params } from '../crypto/kdf'
import { unwrapKeyring } from '../crypto/keyring'
import { createEncryptingCodec } from '../crypto/record-codec'
import type { MediationDb, UserRow } from '../schema'
import { AuthError, type Session } from './session'
import { newCounsellingKey, openCounsellingKey } from './user-keys'
import { WORKSPACE_KID } from './setup'
import { recoveryCounsellingId, recoveryPublicKey } from './vault'

/** Same cost as a real check, so a wrong username takes as long as a wrong password. */
const decoyParams = newArgon2Params()

async function fail(db: MediationDb, username: string, reason: string, at: Date): Promise<void> {
  await recordPendingAudit(db, {
    at: at.toISOString(),
    actorName: username.slice(0, 32),
    action: 'auth.login-failed',
    details: { reason },
  })
}

async function openCounselling(db: MediationDb, row: UserRow, kek: CryptoKey): Promise<CryptoKey | null> {
  if (!row.roles.includes('counsellor')) return null
  if (row.counsellingKey) return openCounsellingKey(row.id, row.counsellingKey, kek)
  // First login as a counsellor: their own key is made now, when their password is at hand.
  const made = await newCounsellingKey(row.id, kek, await recoveryPublicKey(db))
  await db.transaction('rw', db.users, db.vault, async () => {
    await db.vault.put({ id: recoveryCounsellingId(row.id), wrapped: made.recoveryCopy })
    await db.users.update(row.id, { counsellingKey: made.wrapped })
  })
  return made.key
}

export async function login(
  db: MediationDb,
  usernameInput: string,
  password: string,
  now: Date = new Date(),
): Promise<Session> {
  const parsed = usernameSchema.safeParse(usernameInput)
  const username = parsed.success ? parsed.data : usernameInput.trim().toLowerCase()
  const row = parsed.success ? await db.users.where('username').equals(username).first() : undefined
  if (!row) {
    await derivePasswordKey(password, decoyParams).catch(() => undefined)
    await fail(db, username, 'unknown-user', now)
    throw new AuthError('invalid-credentials')
  }

  const wait = loginDelaySeconds(row.failures)
  const since = row.lastFailureAt ? (now.getTime() - Date.parse(row.lastFailureAt)) / 1000 : Infinity
  if (wait > 0 && since < wait) {
    await fail(db, username, 'throttled', now)
    throw new AuthError('throttled', Math.ceil(wait - since))
  }

  const kek = await derivePasswordKey(password, row.kdf)
  let keyring
  try {
    keyring = await unwrapKeyring(row.keyring, kek)
  } catch (error) {
    if (!(error instanceof DecryptError)) throw error
    const failures = row.failures + 1
    await db.users.update(row.id, { failures, lastFailureAt: now.toISOString() })
    await fail(db, username, 'wrong-password', now)
    throw new AuthError('invalid-credentials', loginDelaySeconds(failures))
  }

  if (row.disabled) {
    await fail(db, username, 'disabled', now)
    throw new AuthError('disabled')
  }
  if (row.failures > 0) await db.users.update(row.id, { failures: 0, lastFailureAt: null })

  const counsellingKey = await openCounselling(db, row, kek)
  const profile = (await createEncryptingCodec(keyring.data, WORKSPACE_KID).open(
    'users',
    row.id,
    row.body,
  )) as {
    displayName: string
  }
  return {
    user: { id: row.id, username: row.username, displayName: profile.displayName, roles: row.roles },
    keyring,
    counsellingKey,
  }
}
