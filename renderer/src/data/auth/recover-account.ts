/**
 * "Forgot password" on the login screen: whoever holds the printed recovery key may set a new
 * password for an account. This is the only way back in when the last administrator forgets
 * theirs. Keys are re-wrapped from the recovery copies (the keyring, a counsellor's own key, an
 * administrator's copy of the signing key); no record is re-encrypted. The account gets a new box
 * key, so its grant is signed again — with the signing key's recovery copy — and the reset is
 * audited in the account's own name with the note that the recovery key was used.
 */
import { passwordSchema } from '../../domain/auth/account'
import { loadPasswordStrength } from '../../domain/auth/password-strength'
import type { Role } from '../../domain/auth/roles'
import { parseOrThrow } from '../../domain/shared/errors'
import { createAuditLog } from '../audit/audit-log'
import { importSigningKey } from '../crypto/admin-signing'
import { generateBoxPair } from '../crypto/boxes'
import { importAes, type Keyring } from '../crypto/keyring'
import type { Keeper } from '../keeper'
import type { MediationDb, UserRow } from '../schema'
import { recordGrant, recoverAdminKey, signNextGrant } from './admin-key'
import { checkGrant } from './grants'
import { AuthError } from './session'
import { wrapForPassword, type KdfCost } from './user-keys'
import { recoverKeyring, recoverRaw, recoveryCounsellingId, unlockRecovery } from './vault'
import { ensureWorkspaceId, trustFor } from './workspace-identity'

export interface RecoverAccountInput {
  username: string
  recoveryKey: string
  newPassword: string
}

/**
 * An account's keys wrapped for a new password, from the recovery copies, with a new box key pair.
 * Returns the row changes (not yet written) and the keyring. Shared with an administrator's reset.
 */
export async function rewrapFromRecovery(
  db: MediationDb,
  row: UserRow,
  recoveryPrivateKey: CryptoKey,
  password: string,
  roles: readonly Role[],
  options: { at: string; kdfCost?: KdfCost },
): Promise<{ keyring: Keyring; changes: Partial<UserRow> }> {
  const keyring = await recoverKeyring(db, recoveryPrivateKey)
  const raw = row.counsellingKey
    ? await recoverRaw(db, recoveryPrivateKey, recoveryCounsellingId(row.id))
    : null
  const counsellingKey = raw ? await importAes(raw.slice()) : null
  raw?.fill(0)
  const adminPkcs8 = roles.includes('admin') ? await recoverAdminKey(db, recoveryPrivateKey) : null
  const box = await generateBoxPair()
  const wrapped = await wrapForPassword(
    row,
    password,
    { keyring, counsellingKey, boxPkcs8: box.pkcs8, adminPkcs8 },
    options.kdfCost,
  )
  box.pkcs8.fill(0)
  adminPkcs8?.fill(0)
  return {
    keyring,
    changes: {
      ...wrapped,
      boxPublicKey: box.publicKey,
      adminKeyBox: null,
      failures: 0,
      lastFailureAt: null,
      updatedAt: options.at,
    },
  }
}

export async function recoverAccount(
  db: MediationDb,
  keeper: Keeper,
  input: RecoverAccountInput,
  options: { kdfCost?: KdfCost; now?: () => Date } = {},
): Promise<void> {
  await loadPasswordStrength()
  const password = parseOrThrow(passwordSchema, input.newPassword)
  const row = await db.users.where('username').equals(input.username.trim().toLowerCase()).first()
  // The same answer for an unknown account and a wrong key: the screen must not confirm usernames.
  if (!row) throw new AuthError('recovery-key-wrong')
  const privateKey = await unlockRecovery(db, input.recoveryKey)
  const now = options.now?.() ?? new Date()
  const at = now.toISOString()
  const workspaceId = await ensureWorkspaceId(db)
  const trust = await trustFor(db, keeper, workspaceId)
  if (trust.mode === 'mismatch') throw new AuthError('workspace-mismatch')
  const grant =
    trust.mode === 'signed' ? await checkGrant(trust.publicKey, row.grant, row, workspaceId) : null
  if (trust.mode === 'signed' && !grant) throw new AuthError('tampered')
  const roles = grant?.roles ?? row.roles
  if (grant?.disabled ?? row.disabled) throw new AuthError('disabled')

  const { keyring, changes } = await rewrapFromRecovery(db, row, privateKey, password, roles, {
    at,
    kdfCost: options.kdfCost,
  })
  // The new box key changes the account's fingerprint: its grant is signed again, with the signing
  // key's own recovery copy (there is none before an upgraded workspace's first administrator login).
  const signingPkcs8 = trust.mode === 'signed' ? await recoverAdminKey(db, privateKey) : null
  if (signingPkcs8) {
    const adminKey = await importSigningKey(signingPkcs8)
    signingPkcs8.fill(0)
    changes.grant = await signNextGrant({
      keeper,
      adminKey,
      workspaceId,
      row: { ...row, ...changes },
      roles,
      disabled: false,
      issuedBy: row.id,
      now,
    })
  }
  const audit = createAuditLog(db, keyring.audit, keeper)
  await audit.commit([db.users], async () => ({
    entry: {
      actor: { id: row.id, username: row.username },
      action: 'user.password-reset',
      target: { type: 'user', id: row.id },
      details: { via: 'recovery-key' },
      at,
    },
    write: () => db.users.update(row.id, changes),
  }))
  if (changes.grant) await recordGrant(keeper, workspaceId, changes.grant)
  await keeper.success(row.id)
  await audit.anchorNow()
}
