/**
 * What a backup needs from the workspace besides its rows: the recovery material (so the printed
 * recovery key opens the backup) and every enabled account's password-wrapped keyring (so any of
 * them can restore it). A disabled account gets no slot: it cannot open backups made after it was
 * disabled.
 */
import type { Encrypted } from '../crypto/aead'
import type { RecoveryMaterial } from '../crypto/recovery'
import type { MediationDb } from '../schema'
import { RECOVERY_ID } from '../auth/vault'
import { slotSourceOf } from './write-backup'
import type { SlotSource } from './keys'

export async function recoveryMaterialOf(db: MediationDb): Promise<RecoveryMaterial> {
  const row = await db.vault.get(RECOVERY_ID)
  if (!row?.salt || !row.publicKey || row.wrapped instanceof Uint8Array)
    throw new Error('vault: no recovery material')
  return { salt: row.salt, publicKey: row.publicKey, wrappedPrivateKey: row.wrapped as Encrypted }
}

export async function accountsOf(db: MediationDb): Promise<SlotSource[]> {
  const users = await db.users.toArray()
  return users.filter((u) => !u.disabled).map((u) => slotSourceOf(u))
}
