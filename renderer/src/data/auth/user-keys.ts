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
import type { NewAccount } from '../../domain/auth/account'
import type { RecordCodec } from '../codec/codec'
import type { UserRow } from '../schema'

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

/**
 * A new account's stored row: its keys wrapped by its password, its display name sealed. A
 * counsellor's own key is made at their first login, when their password is at hand.
 */
export async function newUserRow(
  account: NewAccount,
  keyring: Keyring,
  codec: RecordCodec,
  at: string,
  cost?: KdfCost,
): Promise<UserRow> {
  const id = crypto.randomUUID()
  return {
    id,
    username: account.username,
    roles: account.roles,
    disabled: false,
    createdAt: at,
    updatedAt: at,
    failures: 0,
    lastFailureAt: null,
    ...(await wrapForPassword(id, account.password, keyring, null, cost)),
    body: await codec.seal('users', id, { displayName: account.displayName }),
  }
}
