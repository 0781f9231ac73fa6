/**
 * The administrators' signing key: made at setup (or at the first administrator login after an
 * upgrade from a version without it), its public half in the vault and pinned by the keeper, its
 * private half wrapped for each administrator's password and sealed for the recovery key. Making
 * it signs a grant for every account as it stands — for an upgraded workspace, the roles stored at
 * that moment are trusted once (README: Security).
 */
import { generateSigningPair, importSigningKey } from '../crypto/admin-signing'
import { fromBase64, toBase64 } from '../crypto/bytes'
import { openSealed, sealForRecovery } from '../crypto/recovery'
import type { Keeper } from '../keeper'
import type { MediationDb, UserRow, VaultRow } from '../schema'
import { boxFingerprint, signGrant } from './grants'
import { ADMIN_PUBLIC_KEY_ID, RECOVERY_ADMIN_KEY_ID } from './workspace-identity'

export interface AdminKeyPair {
  privateKey: CryptoKey
  pkcs8: Uint8Array
  publicKey: Uint8Array
}

export async function makeAdminKey(
  recoveryPublicKey: Uint8Array,
): Promise<{ pair: AdminKeyPair; vault: VaultRow[] }> {
  const pair = await generateSigningPair()
  return {
    pair,
    vault: [
      { id: ADMIN_PUBLIC_KEY_ID, publicKey: pair.publicKey, wrapped: new Uint8Array() },
      { id: RECOVERY_ADMIN_KEY_ID, wrapped: await sealForRecovery(recoveryPublicKey, pair.pkcs8) },
    ],
  }
}

/** The signing key from its recovery copy (a reset by recovery key, a counsellor hand-over). */
export async function recoverAdminKey(
  db: MediationDb,
  recoveryPrivateKey: CryptoKey,
): Promise<Uint8Array | null> {
  const row = await db.vault.get(RECOVERY_ADMIN_KEY_ID)
  if (!(row?.wrapped instanceof Uint8Array) || row.wrapped.length === 0) return null
  return openSealed(recoveryPrivateKey, row.wrapped)
}

/** Pins the public key with the keeper; a keeper that already holds another key for this workspace refuses. */
export async function pinAdminKey(
  keeper: Keeper,
  workspaceId: string,
  publicKey: Uint8Array,
): Promise<boolean> {
  return (await keeper.pinAdminKey(workspaceId, toBase64(publicKey))).status === 'pinned'
}

export const importAdminKey = importSigningKey

/** The number of the grant on a row, read without checking it (only to count on from it). */
function seqOnRow(row: Pick<UserRow, 'grant'>): number {
  if (!row.grant) return 0
  try {
    const seq = (JSON.parse(new TextDecoder().decode(fromBase64(row.grant.payload))) as { seq?: unknown }).seq
    return Number.isInteger(seq) ? (seq as number) : 0
  } catch {
    return 0
  }
}

/**
 * Signs the next grant of an account (its roles, status and box key as given), numbered after
 * both the keeper's newest and the row's. The caller stores it on the row, then tells the keeper
 * (`recordGrant`): a grant stored but not yet told is caught up at the next login.
 */
export async function signNextGrant(input: {
  keeper: Keeper
  adminKey: CryptoKey
  workspaceId: string
  row: Pick<UserRow, 'id' | 'username' | 'boxPublicKey' | 'grant'>
  roles: UserRow['roles']
  disabled: boolean
  issuedBy: string
  now: Date
}): Promise<NonNullable<UserRow['grant']>> {
  const seq =
    Math.max(await input.keeper.latestGrant(input.workspaceId, input.row.id), seqOnRow(input.row)) + 1
  return signGrant(input.adminKey, {
    workspaceId: input.workspaceId,
    userId: input.row.id,
    username: input.row.username,
    roles: input.roles,
    disabled: input.disabled,
    box: await boxFingerprint(input.row.boxPublicKey),
    seq,
    issuedAt: input.now.toISOString(),
    issuedBy: input.issuedBy,
  })
}

/** Tells the keeper of a grant now stored; a stale one (an older number) is the keeper's to refuse. */
export async function recordGrant(
  keeper: Keeper,
  workspaceId: string,
  grant: NonNullable<UserRow['grant']>,
): Promise<void> {
  await keeper.recordGrant(workspaceId, grant)
}
