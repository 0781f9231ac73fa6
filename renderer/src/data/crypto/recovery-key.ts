/**
 * The recovery key: 160 random bits written as 32 Crockford base32 characters in groups of four,
 * printed or written down at setup. Being fully random it needs no slow KDF: HKDF turns it into the
 * key that wraps the recovery copies of the data keys.
 */
import { own, randomBytes, utf8 } from './bytes'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_KEY_GROUPS = 8

export function generateRecoveryKey(): string {
  const bytes = randomBytes(20)
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return formatRecoveryKey(out)
}

/** Accepts lower case, spaces, dashes, and the usual misreadings O→0, I/L→1. */
export function normalizeRecoveryKey(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (s.length !== RECOVERY_KEY_GROUPS * 4 || [...s].some((c) => !ALPHABET.includes(c))) return null
  return s
}

export function formatRecoveryKey(s: string): string {
  return (s.match(/.{1,4}/g) ?? []).join('-')
}

export function recoveryKeyGroups(key: string): string[] {
  return formatRecoveryKey(normalizeRecoveryKey(key) ?? '').split('-')
}

export async function deriveRecoveryKek(recoveryKey: string, salt: Uint8Array): Promise<CryptoKey> {
  const normalized = normalizeRecoveryKey(recoveryKey)
  if (!normalized) throw new Error('recovery key malformed')
  const ikm = await crypto.subtle.importKey('raw', utf8(normalized), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: own(salt), info: utf8('mediation-room recovery kek v1') },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}
