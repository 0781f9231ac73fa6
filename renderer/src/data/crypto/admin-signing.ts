/**
 * The administrators' signing key (ECDSA P-256, SHA-256): role grants and short-lived admin
 * grants are signed with it, and every session — and the main process — verifies them against
 * the public half pinned outside the database. Signatures are WebCrypto's raw r‖s form, which
 * main checks with node:crypto (`dsaEncoding: 'ieee-p1363'`).
 */
import { fromBase64, own, toBase64, utf8 } from './bytes'

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const

export interface SigningPair {
  privateKey: CryptoKey
  publicKey: Uint8Array
}

/** A signed JSON payload as it is stored and sent: the exact bytes signed, and the signature. */
export interface Signed {
  payload: string
  signature: string
}

export async function generateSigningPair(): Promise<SigningPair & { pkcs8: Uint8Array }> {
  const pair = await crypto.subtle.generateKey(ECDSA, true, ['sign', 'verify'])
  return {
    privateKey: await importSigningKey(
      new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    ),
    publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)),
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  }
}

/**
 * A private key from PKCS#8 bytes. Extractable: an administrator's session hands the key on (to a
 * colleague it makes an administrator, sealed to their box key), and it lives in memory only.
 */
export function importSigningKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', own(pkcs8), ECDSA, true, ['sign'])
}

/** The PKCS#8 bytes of a signing key (callers zero them when done). */
export async function exportPkcs8(privateKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey))
}

export async function signJson(privateKey: CryptoKey, value: unknown): Promise<Signed> {
  const bytes = utf8(JSON.stringify(value))
  const signature = new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, bytes))
  return { payload: toBase64(bytes), signature: toBase64(signature) }
}

export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, own(bytes))))
}

/** The payload when `signed` verifies against `publicKey` (SPKI), else null; never throws. */
export async function openSignedJson(
  publicKey: Uint8Array,
  signed: Signed,
): Promise<Record<string, unknown> | null> {
  try {
    const key = await crypto.subtle.importKey('spki', own(publicKey), ECDSA, false, ['verify'])
    const bytes = fromBase64(signed.payload)
    if (!(await crypto.subtle.verify(SIGN, key, fromBase64(signed.signature), bytes))) return null
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}
