/**
 * Proof asked again before an operation that lets records leave the app in readable form: the
 * session's own password (its keyring opens with it) or the printed recovery key (its private key
 * opens). A wrong one is an AuthError, and nothing else happens.
 */
import { DecryptError } from '../crypto/aead'
import type { MediationDb } from '../schema'
import { AuthError } from './session'
import { openAccount } from './user-keys'
import { unlockRecovery } from './vault'

export type IdentityProof = { password: string } | { recoveryKey: string }

export async function confirmIdentity(
  db: MediationDb,
  userId: string,
  proof: IdentityProof,
): Promise<'password' | 'recovery-key'> {
  if ('recoveryKey' in proof) {
    await unlockRecovery(db, proof.recoveryKey)
    return 'recovery-key'
  }
  const row = await db.users.get(userId)
  if (!row || !proof.password) throw new AuthError('wrong-password')
  try {
    await openAccount(row, proof.password)
  } catch (error) {
    if (error instanceof DecryptError) throw new AuthError('wrong-password')
    throw error
  }
  return 'password'
}
