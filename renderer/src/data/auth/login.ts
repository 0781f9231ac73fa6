/**
 * Logging in (and unlocking, which is the same check): Argon2id over the typed password, then the
 * keyring must unwrap — bound to this account — and the account's signed grant must hold (see
 * grants.ts). The throttle and every failure are the keeper's (main process): writing the database
 * resets neither. A failure is recorded with a keyed hash of the typed name, never the text.
 */
import { usernameSchema } from '../../domain/auth/account'
import { DecryptError } from '../crypto/aead'
import { derivePasswordKey, newArgon2Params } from '../crypto/kdf'
import type { Keeper, LoginFailureReason } from '../keeper'
import type { MediationDb, UserRow } from '../schema'
import { AuthError, type AuthErrorCode, type Session } from './session'
import { openSession } from './open-session'
import { openAccount } from './user-keys'
import { checkGrant } from './grants'
import { ensureWorkspaceId, trustFor } from './workspace-identity'

/** Same cost as a real check, so a wrong username takes as long as a wrong password. */
const decoyParams = newArgon2Params()

export async function login(
  db: MediationDb,
  keeper: Keeper,
  usernameInput: string,
  password: string,
  now: Date = new Date(),
): Promise<Session> {
  const parsed = usernameSchema.safeParse(usernameInput)
  const row: UserRow | undefined = parsed.success
    ? await db.users.where('username').equals(parsed.data).first()
    : undefined
  const userId = row?.id ?? ''
  const at = now.toISOString()
  const fail = async (reason: LoginFailureReason, code: AuthErrorCode): Promise<never> => {
    const state = await keeper.failure({ userId, name: usernameInput, reason, at })
    throw new AuthError(code, code === 'invalid-credentials' ? state.waitSeconds : 0)
  }

  const throttle = await keeper.throttle(userId, usernameInput)
  if (throttle.waitSeconds > 0) {
    await keeper.failure({ userId, name: usernameInput, reason: 'throttled', at })
    throw new AuthError('throttled', throttle.waitSeconds)
  }
  if (!row) {
    await derivePasswordKey(password, decoyParams).catch(() => undefined)
    return fail('unknown-user', 'invalid-credentials')
  }

  let opened
  try {
    opened = await openAccount(row, password)
  } catch (error) {
    if (!(error instanceof DecryptError)) throw error
    return fail('wrong-password', 'invalid-credentials')
  }

  const workspaceId = await ensureWorkspaceId(db)
  const trust = await trustFor(db, keeper, workspaceId)
  if (trust.mode === 'mismatch') return fail('tampered', 'workspace-mismatch')
  let roles = row.roles
  let disabled = row.disabled
  if (trust.mode === 'signed') {
    const grant = await checkGrant(trust.publicKey, row.grant, row, workspaceId)
    if (!grant) return fail('tampered', 'tampered')
    const latest = await keeper.latestGrant(workspaceId, row.id)
    if (grant.seq < latest) return fail('tampered', 'tampered')
    // Stored but not yet told to the keeper (a crash in between): told now.
    if (grant.seq > latest && row.grant) await keeper.recordGrant(workspaceId, row.grant)
    roles = grant.roles
    disabled = grant.disabled
  }
  if (disabled) return fail('disabled', 'disabled')
  await keeper.success(row.id)
  return openSession({ db, keeper, row, opened, roles, workspaceId, trust, now })
}
