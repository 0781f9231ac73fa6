/**
 * AES-256-GCM with a fresh random 96-bit IV for every encryption. Additional data binds a
 * ciphertext to where it belongs (table, record id, schema version), so a ciphertext copied onto
 * another record does not decrypt.
 */
import { own, randomBytes, utf8 } from './bytes'

export interface Encrypted {
  iv: Uint8Array
  ct: Uint8Array
}

export class DecryptError extends Error {
  constructor() {
    super('decryption failed')
    this.name = 'DecryptError'
  }
}

export async function encryptBytes(key: CryptoKey, plain: Uint8Array, aad: Uint8Array): Promise<Encrypted> {
  const iv = randomBytes(12)
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: own(aad) }, key, own(plain))
  return { iv, ct: new Uint8Array(ct) }
}

export async function decryptBytes(
  key: CryptoKey,
  enc: Encrypted,
  aad: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: own(enc.iv), additionalData: own(aad) },
      key,
      own(enc.ct),
    )
    return new Uint8Array(plain)
  } catch {
    throw new DecryptError()
  }
}

export const aadFor = (...parts: (string | number)[]): Uint8Array => utf8(parts.join('\u001f'))
