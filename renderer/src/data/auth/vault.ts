/** Reading and writing the recovery material in the `vault` table. */
import { DecryptError, type Encrypted } from '../crypto/aead'
import { keyringFromRaw, type Keyring } from '../crypto/keyring'
import { openRecovery, openSealed, type RecoveryMaterial } from '../crypto/recovery'
import type { MediationDb, VaultRow } from '../schema'
import { AuthError } from './session'

export const RECOVERY_ID = 'recovery'
export const RECOVERY_KEYRING_ID = 'recovery:workspace'
export const recoveryCounsellingId = (userId: string) => `recovery:counselling:${userId}`

export function recoveryRows(material: RecoveryMaterial, sealedKeyring: Uint8Array): VaultRow[] {
  return [
    {
      id: RECOVERY_ID,
      salt: material.salt,
      publicKey: material.publicKey,
      wrapped: material.wrappedPrivateKey,
    },
    { id: RECOVERY_KEYRING_ID, wrapped: sealedKeyring },
  ]
}

export async function recoveryPublicKey(db: MediationDb): Promise<Uint8Array> {
  const row = await db.vault.get(RECOVERY_ID)
  if (!row?.publicKey) throw new Error('vault: no recovery key pair')
  return row.publicKey
}

async function material(db: MediationDb): Promise<RecoveryMaterial> {
  const row = await db.vault.get(RECOVERY_ID)
  if (!row?.salt || !row.publicKey || row.wrapped instanceof Uint8Array) throw new Error('vault: corrupt')
  return { salt: row.salt, publicKey: row.publicKey, wrappedPrivateKey: row.wrapped as Encrypted }
}

/** Opens the recovery private key; a wrong recovery key is an AuthError, never a crash. */
export async function unlockRecovery(db: MediationDb, recoveryKey: string): Promise<CryptoKey> {
  try {
    return await openRecovery(await material(db), recoveryKey)
  } catch (error) {
    if (error instanceof DecryptError || (error instanceof Error && /malformed/.test(error.message))) {
      throw new AuthError('recovery-key-wrong')
    }
    throw error
  }
}

export async function recoverKeyring(db: MediationDb, privateKey: CryptoKey): Promise<Keyring> {
  const row = await db.vault.get(RECOVERY_KEYRING_ID)
  if (!(row?.wrapped instanceof Uint8Array)) throw new Error('vault: no recovery keyring')
  const raw = await openSealed(privateKey, row.wrapped)
  try {
    return await keyringFromRaw(raw)
  } finally {
    raw.fill(0)
  }
}

export async function recoverRaw(
  db: MediationDb,
  privateKey: CryptoKey,
  id: string,
): Promise<Uint8Array | null> {
  const row = await db.vault.get(id)
  if (!(row?.wrapped instanceof Uint8Array)) return null
  return openSealed(privateKey, row.wrapped)
}
