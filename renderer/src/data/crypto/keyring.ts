/**
 * Data keys. The workspace keyring holds three random 256-bit keys: `data` (AES-GCM, records),
 * `index` (HMAC, blind-index tokens) and `audit` (HMAC, the audit chain). A counsellor has a
 * separate AES-GCM key of their own. Keys are only ever stored wrapped (AES-GCM under a
 * key-encryption key derived from a password or the recovery key).
 */
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from './aead'
import { randomBytes } from './bytes'

export interface Keyring {
  data: CryptoKey
  index: CryptoKey
  audit: CryptoKey
}

export const importAes = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, 'AES-GCM', true, ['encrypt', 'decrypt'])
const importHmac = (raw: Uint8Array<ArrayBuffer>) =>
  crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify'])
export const exportRaw = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('raw', key))

export async function generateKeyring(): Promise<Keyring> {
  return {
    data: await importAes(randomBytes(32)),
    index: await importHmac(randomBytes(32)),
    audit: await importHmac(randomBytes(32)),
  }
}

export function generateAesKey(): Promise<CryptoKey> {
  return importAes(randomBytes(32))
}

/** How the first versions wrapped every account's keyring: the same additional data for all. */
export const LEGACY_KEYRING_AAD = aadFor('keyring', 'workspace', 1)
/**
 * Since version 2 an account's wrapped keyring is bound to the account (its id and user name): a
 * keyring wrap copied onto another account's row no longer opens there.
 */
export const keyringAadFor = (userId: string, username: string) => aadFor('keyring', userId, username, 2)
const aesAad = (label: string) => aadFor('key', label, 1)

/** The 96 raw bytes of a keyring; callers zero them when done. */
export async function keyringToRaw(keyring: Keyring): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Uint8Array(96)
  raw.set(await exportRaw(keyring.data), 0)
  raw.set(await exportRaw(keyring.index), 32)
  raw.set(await exportRaw(keyring.audit), 64)
  return raw
}

export async function keyringFromRaw(raw: Uint8Array): Promise<Keyring> {
  if (raw.length !== 96) throw new Error('keyring: wrong length')
  return {
    data: await importAes(raw.slice(0, 32)),
    index: await importHmac(raw.slice(32, 64)),
    audit: await importHmac(raw.slice(64, 96)),
  }
}

export async function wrapKeyring(keyring: Keyring, kek: CryptoKey, aad: Uint8Array): Promise<Encrypted> {
  const raw = await keyringToRaw(keyring)
  try {
    return await encryptBytes(kek, raw, aad)
  } finally {
    raw.fill(0)
  }
}

/** Throws DecryptError when the key-encryption key is wrong (wrong password or recovery key). */
export async function unwrapKeyring(wrapped: Encrypted, kek: CryptoKey, aad: Uint8Array): Promise<Keyring> {
  const raw = await decryptBytes(kek, wrapped, aad)
  try {
    return await keyringFromRaw(raw)
  } finally {
    raw.fill(0)
  }
}

export async function wrapAesKey(key: CryptoKey, kek: CryptoKey, label: string): Promise<Encrypted> {
  const raw = await exportRaw(key)
  const wrapped = await encryptBytes(kek, raw, aesAad(label))
  raw.fill(0)
  return wrapped
}

export async function unwrapAesKey(wrapped: Encrypted, kek: CryptoKey, label: string): Promise<CryptoKey> {
  const raw = await decryptBytes(kek, wrapped, aesAad(label))
  try {
    return await importAes(raw)
  } finally {
    raw.fill(0)
  }
}
