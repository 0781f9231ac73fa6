/**
 * A bundle's signer as the reader needs it, without node-forge: a certificate already parsed (its
 * SHA-256 fingerprint, subject, validity and public key), the registry of such certificates a
 * district keeps, the RSA PKCS#1 v1.5 SHA-256 check over the manifest's bytes (WebCrypto), and the
 * fingerprint of a PEM computed from its base64 body alone. That last one is how the reader finds
 * which registered room a bundle claims to come from without parsing the sender's certificate: it
 * decodes at most `MAX_PEM_BYTES` of base64 and hashes them; no ASN.1 is read.
 */
import { sha256Hex } from './hash'

export interface SignerCertificate {
  /** Lower-case hex SHA-256 of the certificate's DER encoding. */
  fingerprint: string
  /** The subject's common name (the organisation), as the certificate states it. */
  subject: string
  notBefore: string
  notAfter: string
  /** DER SubjectPublicKeyInfo, for WebCrypto. */
  spki: Uint8Array<ArrayBuffer>
}

/** Registered signers by fingerprint, each parsed once when it was registered or loaded. */
export type TrustedSigners = ReadonlyMap<string, SignerCertificate>

/** A PEM certificate longer than this is refused before anything reads it (a real one is ~2 KB). */
export const MAX_PEM_BYTES = 16_384

const keys = new Map<string, Promise<CryptoKey>>()

/** RSASSA-PKCS1-v1_5 with SHA-256 over `data`, checked by WebCrypto with the certificate's key. */
export async function verifySignature(
  cert: Pick<SignerCertificate, 'fingerprint' | 'spki'>,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  let key = keys.get(cert.fingerprint)
  if (!key) {
    key = crypto.subtle.importKey('spki', cert.spki, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'verify',
    ])
    if (keys.size >= 64) keys.clear()
    keys.set(cert.fingerprint, key)
  }
  try {
    return await crypto.subtle.verify(
      'RSASSA-PKCS1-v1_5',
      await key,
      signature as Uint8Array<ArrayBuffer>,
      data as Uint8Array<ArrayBuffer>,
    )
  } catch {
    return false
  }
}

const PEM_BLOCK = /^\s*-----BEGIN CERTIFICATE-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END CERTIFICATE-----\s*$/

/**
 * The fingerprint (SHA-256 of the DER) of a PEM holding exactly one certificate, from its base64
 * body; null for anything else. Nothing of the certificate's structure is parsed.
 */
export async function pemFingerprint(bytes: Uint8Array): Promise<string | null> {
  if (bytes.length > MAX_PEM_BYTES) return null
  let text = ''
  for (const b of bytes) {
    if (b > 0x7e) return null
    text += String.fromCharCode(b)
  }
  const body = PEM_BLOCK.exec(text)?.[1]
  if (!body) return null
  let binary: string
  try {
    binary = atob(body.replace(/[\r\n]/g, ''))
  } catch {
    return null
  }
  const der = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i)
  return der.length ? sha256Hex(der) : null
}

/** "3F:9A:…" groups for people comparing fingerprints by eye. */
export function formatFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':')
}

/** Accepts a fingerprint as typed or pasted (colons, spaces, either case) → lower-case hex, or null. */
export function normalizeFingerprint(input: string): string | null {
  const hex = input.replace(/[\s:]/g, '').toLowerCase()
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null
}
