/**
 * The first thing checked of a bundle's content: the signature over manifest.json's exact bytes,
 * before the manifest is parsed and before any other entry is inflated. It needs only the three
 * small entries, already inflated within their limits (manifest ≤ 1 MB, signature ≤ 1 KB,
 * certificate ≤ 16 KB).
 *
 * Against a registry (a district, `bundle:verify --room-cert`) the key comes from the registry, never
 * from the bundle: the certificate the bundle carries is only hashed (pemFingerprint, no ASN.1) to
 * pick the registered key to try first; if that fingerprint is not registered (or the PEM is not
 * one certificate), every registered key is tried, so an authentic manifest next to a damaged
 * certificate is still recognised and refused for the damage. Which refusal, when no key holds:
 * the carried certificate registered → `signature-invalid`; not registered → `unknown-signer`;
 * not a PEM certificate → `certificate-invalid`.
 * Nothing here loads node-forge: the district's reader (and its Worker) never does. Checking a
 * bundle without a registry is verify-bundle.ts's (the command line without --room-cert).
 */
import { BundleError } from './bundle-errors'
import {
  formatFingerprint,
  pemFingerprint,
  verifySignature,
  type SignerCertificate,
  type TrustedSigners,
} from './signer'

/** The certificate whose key verifies `signature` over `manifest`, or the exact refusal. */
export async function checkAgainstRegistry(
  manifest: Uint8Array,
  signature: Uint8Array,
  pem: Uint8Array,
  trusted: TrustedSigners,
): Promise<SignerCertificate> {
  const claimed = await pemFingerprint(pem)
  const first = claimed === null ? undefined : trusted.get(claimed)
  if (first) {
    if (await verifySignature(first, manifest, signature)) return first
    throw new BundleError('signature-invalid')
  }
  for (const cert of trusted.values()) {
    if (await verifySignature(cert, manifest, signature)) return cert
  }
  if (claimed === null) throw new BundleError('certificate-invalid')
  throw new BundleError('unknown-signer', { fingerprint: formatFingerprint(claimed) })
}
