/**
 * Building and re-wrapping a user's key material. A password change or reset re-wraps keys; it
 * never re-encrypts a single record.
 */
import type { Encrypted } from '../crypto/aead'
import { derivePasswordKey, newArgon2Params, type Argon2Params } from '../crypto/kdf'
import {
  exportRaw,
  generateAesKey,
  unwrapAesKey,
  wrapAesKey,
  wrapKeyring,
  type Keyring,
} from '../crypto/keyring'
import { sealForRecovery } from '../crypto/recovery'

export type KdfCost = Pick<Argon2Params, 'm' | 't' | 'p'>

export interface WrappedForUser {
  kdf: Argon2Params
  keyring: Encrypted
  counsellingKey: Encrypted | null
}

export const counsellingLabel = (userId: string) => `counselling:${userId}`

export async function wrapForPassword(
  userId: string,
  password: string,
  keyring: Keyring,
  counsellingKey: CryptoKey | null,
  cost?: KdfCost,
): Promise<WrappedForUser> {
  const kdf = newArgon2Params(cost)
  const kek = await derivePasswordKey(password, kdf)
  return {
    kdf,
    keyring: await wrapKeyring(keyring, kek),
    counsellingKey: counsellingKey ? await wrapAesKey(counsellingKey, kek, counsellingLabel(userId)) : null,
  }
}

/** A new counsellor key, wrapped for the counsellor and sealed for recovery. */
export async function newCounsellingKey(
  userId: string,
  kek: CryptoKey,
  recoveryPublicKey: Uint8Array,
): Promise<{ key: CryptoKey; wrapped: Encrypted; recoveryCopy: Uint8Array }> {
  const key = await generateAesKey()
  const raw = await exportRaw(key)
  try {
    return {
      key,
      wrapped: await wrapAesKey(key, kek, counsellingLabel(userId)),
      recoveryCopy: await sealForRecovery(recoveryPublicKey, raw),
    }
  } finally {
    raw.fill(0)
  }
}

export function openCounsellingKey(userId: string, wrapped: Encrypted, kek: CryptoKey): Promise<CryptoKey> {
  return unwrapAesKey(wrapped, kek, counsellingLabel(userId))
}
