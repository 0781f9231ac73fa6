/**
 * The signer of a bundle: an X.509 certificate (PEM) carrying the organisation's RSA public key.
 * It is identified by its SHA-256 fingerprint (of the DER bytes) — the value a district registers
 * for each room — and checks RSA PKCS#1 v1.5 SHA-256 signatures over the manifest's exact bytes.
 */
import forge from 'node-forge'
import { BundleError } from './bundle-errors'

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

export const MIN_RSA_BITS = 2048
const MAX_PEM_CHARS = 16_384

function binaryToBytes(s: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

function decodeAttribute(value: unknown): string {
  if (typeof value !== 'string') return ''
  try {
    return forge.util.decodeUtf8(value)
  } catch {
    return value
  }
}

/** A district sees the same few certificates over and over: parsed ones are remembered. */
const parsed = new Map<string, SignerCertificate>()

/** Parses a PEM certificate with an RSA key of at least MIN_RSA_BITS; anything else is refused. */
export function parseCertificate(pem: string): SignerCertificate {
  const hit = parsed.get(pem)
  if (hit) return hit
  const cert = parseUncached(pem)
  if (parsed.size >= 64) parsed.clear()
  parsed.set(pem, cert)
  return cert
}

function parseUncached(pem: string): SignerCertificate {
  if (pem.length > MAX_PEM_CHARS || !pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new BundleError('certificate-invalid')
  }
  try {
    const cert = forge.pki.certificateFromPem(pem)
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey
    if (!publicKey.n || publicKey.n.bitLength() < MIN_RSA_BITS) throw new Error('weak key')
    // The certificate's own DER bytes from the PEM, never re-encoded: what every other tool hashes.
    const blocks = forge.pem.decode(pem).filter((b) => b.type === 'CERTIFICATE')
    if (blocks.length !== 1) throw new Error('one certificate expected')
    const der = (blocks[0] as { body: string }).body
    const fingerprint = forge.md.sha256.create().update(der).digest().toHex()
    const cn = cert.subject.getField('CN') as { value?: unknown } | null
    return {
      fingerprint,
      subject: decodeAttribute(cn?.value),
      notBefore: cert.validity.notBefore.toISOString(),
      notAfter: cert.validity.notAfter.toISOString(),
      spki: binaryToBytes(forge.asn1.toDer(forge.pki.publicKeyToAsn1(publicKey)).getBytes()),
    }
  } catch {
    throw new BundleError('certificate-invalid')
  }
}

const keys = new Map<string, Promise<CryptoKey>>()

/** RSASSA-PKCS1-v1_5 with SHA-256 over `data`, checked by WebCrypto with the certificate's key. */
export async function verifySignature(
  cert: SignerCertificate,
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

/** "3F:9A:…" groups for people comparing fingerprints by eye. */
export function formatFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(':')
}

/** Accepts a fingerprint as typed or pasted (colons, spaces, either case) → lower-case hex, or null. */
export function normalizeFingerprint(input: string): string | null {
  const hex = input.replace(/[\s:]/g, '').toLowerCase()
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null
}
