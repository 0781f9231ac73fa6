/**
 * An account's key material, as stored on its row and opened with its password:
 *   - the workspace keyring, wrapped by the password key and bound to the account (id and user
 *     name in the additional data: a wrap copied onto another row does not open there);
 *   - a counsellor's own data key;
 *   - a box key pair (ECDH): its public half on the row (and, fingerprinted, in the account's
 *     signed grant), so an administrator can hand this account the administrators' signing key
 *     without knowing its password;
 *   - an administrator's copy of the administrators' signing key.
 * A password change or reset re-wraps keys; it never re-encrypts a single record.
 */
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from '../crypto/aead'
import { generateBoxPair } from '../crypto/boxes'
import { derivePasswordKey, newArgon2Params, type Argon2Params } from '../crypto/kdf'
import {
  exportRaw,
  generateAesKey,
  keyringAadFor,
  LEGACY_KEYRING_AAD,
  unwrapAesKey,
  unwrapKeyring,
  wrapAesKey,
  wrapKeyring,
  type Keyring,
} from '../crypto/keyring'
import { sealForRecovery } from '../crypto/recovery'
import type { NewAccount } from '../../domain/auth/account'
import type { RecordCodec } from '../codec/codec'
import type { UserRow } from '../schema'

export type KdfCost = Pick<Argon2Params, 'm' | 't' | 'p'>

export const counsellingLabel = (userId: string) => `counselling:${userId}`
const boxKeyAad = (userId: string) => aadFor('box-key', userId, 1)
const adminKeyAad = (userId: string) => aadFor('admin-key', userId, 1)

/** What a password protects on an account's row. */
export interface PasswordWrapped {
  kdf: Argon2Params
  keyring: Encrypted
  keyringBinding: 2
  counsellingKey: Encrypted | null
  boxKey: Encrypted
  adminKey: Encrypted | null
}

/** What is open once the password is right. */
export interface OpenedAccount {
  kek: CryptoKey
  keyring: Keyring
  /** The box private key (PKCS#8), when the account has one. */
  boxPkcs8: Uint8Array | null
}

/** Wraps an account's keys for a new password (set up, a new account, a change or a reset). */
export async function wrapForPassword(
  row: Pick<UserRow, 'id' | 'username'>,
  password: string,
  keys: {
    keyring: Keyring
    counsellingKey: CryptoKey | null
    boxPkcs8: Uint8Array
    adminPkcs8: Uint8Array | null
  },
  cost?: KdfCost,
): Promise<PasswordWrapped> {
  const kdf = newArgon2Params(cost)
  const kek = await derivePasswordKey(password, kdf)
  return {
    kdf,
    keyring: await wrapKeyring(keys.keyring, kek, keyringAadFor(row.id, row.username)),
    keyringBinding: 2,
    counsellingKey: keys.counsellingKey
      ? await wrapAesKey(keys.counsellingKey, kek, counsellingLabel(row.id))
      : null,
    boxKey: await encryptBytes(kek, keys.boxPkcs8, boxKeyAad(row.id)),
    adminKey: keys.adminPkcs8 ? await encryptBytes(kek, keys.adminPkcs8, adminKeyAad(row.id)) : null,
  }
}

/**
 * Opens an account's keyring with its password: bound to this very account, or (rows written
 * before binding existed) with the old shared additional data. Throws DecryptError when wrong.
 */
export async function openAccount(
  row: Pick<UserRow, 'id' | 'username' | 'kdf' | 'keyring' | 'keyringBinding' | 'boxKey'>,
  password: string,
): Promise<OpenedAccount> {
  const kek = await derivePasswordKey(password, row.kdf)
  const aad = row.keyringBinding === 2 ? keyringAadFor(row.id, row.username) : LEGACY_KEYRING_AAD
  const keyring = await unwrapKeyring(row.keyring, kek, aad)
  const boxPkcs8 = row.boxKey ? await decryptBytes(kek, row.boxKey, boxKeyAad(row.id)) : null
  return { kek, keyring, boxPkcs8 }
}

/** The administrators' signing key as this account holds it (PKCS#8), or null. */
export async function openAdminKey(
  row: Pick<UserRow, 'id' | 'adminKey'>,
  kek: CryptoKey,
): Promise<Uint8Array | null> {
  return row.adminKey ? decryptBytes(kek, row.adminKey, adminKeyAad(row.id)) : null
}

export function wrapAdminKey(userId: string, kek: CryptoKey, pkcs8: Uint8Array): Promise<Encrypted> {
  return encryptBytes(kek, pkcs8, adminKeyAad(userId))
}

/** Re-wraps an opened keyring under the binding to this account (after a login on an older row). */
export function bindKeyring(
  row: Pick<UserRow, 'id' | 'username'>,
  keyring: Keyring,
  kek: CryptoKey,
): Promise<Encrypted> {
  return wrapKeyring(keyring, kek, keyringAadFor(row.id, row.username))
}

export function wrapBoxKey(userId: string, kek: CryptoKey, pkcs8: Uint8Array): Promise<Encrypted> {
  return encryptBytes(kek, pkcs8, boxKeyAad(userId))
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
 * A new account's stored row: its keys wrapped by its initial password, a box key pair, its
 * display name sealed; its grant is signed by the caller. A counsellor's own key is made at their
 * first login; an administrator's copy of the signing key is wrapped here when given.
 */
export async function newUserRow(
  account: NewAccount,
  keyring: Keyring,
  codec: RecordCodec,
  at: string,
  options: { cost?: KdfCost; adminPkcs8?: Uint8Array | null; id?: string } = {},
): Promise<UserRow> {
  const id = options.id ?? crypto.randomUUID()
  const box = await generateBoxPair()
  const wrapped = await wrapForPassword(
    { id, username: account.username },
    account.password,
    { keyring, counsellingKey: null, boxPkcs8: box.pkcs8, adminPkcs8: options.adminPkcs8 ?? null },
    options.cost,
  )
  box.pkcs8.fill(0)
  return {
    id,
    username: account.username,
    roles: account.roles,
    disabled: false,
    createdAt: at,
    updatedAt: at,
    failures: 0,
    lastFailureAt: null,
    ...wrapped,
    boxPublicKey: box.publicKey,
    body: await codec.seal('users', id, { displayName: account.displayName }),
  }
}
