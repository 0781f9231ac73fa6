/**
 * The signer of a bundle: an X.509 certificate (PEM) carrying the organisation's RSA public key.
 * It is identified by its SHA-256 fingerprint (of the DER bytes) — the value a district registers
 * for each room — and checks RSA PKCS#1 v1.5 SHA-256 signatures over the manifest's exact bytes.
 * node-forge parses certificates someone vouches for (a room being registered, `--room-cert`), or,
 * only without a registry, the one a bundle carries; never more than 16 KB of PEM in any case.
 */
import forge from 'node-forge'
import { BundleError } from './bundle-errors'
import { MAX_PEM_BYTES, type SignerCertificate, type TrustedSigners } from './signer'

// What needs no node-forge lives in ./signer (the bundle reader's worker never loads forge).
export {
  formatFingerprint,
  normalizeFingerprint,
  verifySignature,
  type SignerCertificate,
  type TrustedSigners,
} from './signer'

export const MIN_RSA_BITS = 2048

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
  // Bounded before node-forge sees it: forge's PEM and ASN.1 parsers never get more than 16 KB.
  if (pem.length > MAX_PEM_BYTES || !pem.includes('-----BEGIN CERTIFICATE-----')) {
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

/** A registry of certificates the caller vouches for (a district's rooms, `--room-cert` files). */
export function trustedSigners(pems: Iterable<string>): TrustedSigners {
  const out = new Map<string, SignerCertificate>()
  for (const pem of pems) {
    const cert = parseCertificate(pem)
    out.set(cert.fingerprint, cert)
  }
  return out
}
