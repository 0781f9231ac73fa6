/**
 * "Forgot password" on the login screen: whoever holds the printed recovery key may set a new
 * password for an account. This is the only way back in when the last administrator forgets
 * theirs. Keys are re-wrapped from the recovery copies; no record is re-encrypted, and the reset is
 * audited in the account's own name with the note that the recovery key was used.
 */
import { passwordSchema } from '../../domain/auth/account'
import { parseOrThrow } from '../../domain/shared/errors'
import { createAuditLog } from '../audit/audit-log'
import { importAes } from '../crypto/keyring'
import type { MediationDb, UserRow } from '../schema'
import { AuthError } from './session'
import { wrapForPassword, type KdfCost } from './user-keys'
import { recoverKeyring, recoverRaw, recoveryCounsellingId, unlockRecovery } from './vault'

export interface RecoverAccountInput {
  username: string
  recoveryKey: string
  newPassword: string
}

/** Re-wraps one account's keys for a new password, from the recovery copies. Shared with admin resets. */
export async function rewrapFromRecovery(
  db: MediationDb,
  row: UserRow,
  privateKey: CryptoKey,
  password: string,
  at: string,
  kdfCost?: KdfCost,
) {
  const keyring = await recoverKeyring(db, privateKey)
  const raw = row.counsellingKey ? await recoverRaw(db, privateKey, recoveryCounsellingId(row.id)) : null
  const counsellingKey = raw ? await importAes(raw.slice()) : null
  raw?.fill(0)
  const wrapped = await wrapForPassword(row.id, password, keyring, counsellingKey, kdfCost)
  await db.users.update(row.id, { ...wrapped, failures: 0, lastFailureAt: null, updatedAt: at })
  return keyring
}

export async function recoverAccount(
  db: MediationDb,
  input: RecoverAccountInput,
  options: { kdfCost?: KdfCost; now?: () => Date } = {},
): Promise<void> {
  const password = parseOrThrow(passwordSchema, input.newPassword)
  const row = await db.users.where('username').equals(input.username.trim()).first()
  // The same answer for an unknown account and a wrong key: the screen must not confirm usernames.
  if (!row) throw new AuthError('recovery-key-wrong')
  if (row.disabled) throw new AuthError('disabled')
  const privateKey = await unlockRecovery(db, input.recoveryKey)
  const at = (options.now?.() ?? new Date()).toISOString()
  const keyring = await rewrapFromRecovery(db, row, privateKey, password, at, options.kdfCost)
  const audit = createAuditLog(db, keyring.audit)
  await audit.append(
    { id: row.id, username: row.username },
    'user.password-reset',
    { type: 'user', id: row.id },
    { via: 'recovery-key' },
    at,
  )
}
