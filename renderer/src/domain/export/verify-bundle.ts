/**
 * Verifying a bundle completely (the steps are read-bundle.ts's): against a registry of signers when
 * the caller has one — a district, `bundle:verify --room-cert` — or else against the certificate the
 * bundle carries. Without a registry there is nothing else to check the signature with: that
 * certificate (at most 16 KB before node-forge sees it) is parsed, and any whose signature holds is
 * accepted and named — integrity, not identity, which is why the command line says so and a
 * district always checks against its registry (bundle-session.ts, which never loads node-forge).
 */
import { checkAgainstRegistry } from './bundle-signature'
import { BundleError } from './bundle-errors'
import { parseCertificate } from './certificate'
import { readBundle, type SignatureCheck, type VerifiedBundle, type VerifyOptions } from './read-bundle'
import { verifySignature } from './signer'

export { readCasesFile } from './read-bundle'
export type { ListedZip, VerifiedBundle, VerifiedSigner, VerifyOptions } from './read-bundle'

const utf8 = new TextDecoder('utf-8', { fatal: true })

const withOwnCertificate: SignatureCheck = async (manifest, signature, pem) => {
  let text: string
  try {
    text = utf8.decode(pem)
  } catch {
    throw new BundleError('certificate-invalid')
  }
  const cert = parseCertificate(text)
  if (!(await verifySignature(cert, manifest, signature))) throw new BundleError('signature-invalid')
  return cert
}

export async function verifyBundle(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifiedBundle> {
  const { trusted } = options
  const check: SignatureCheck = trusted
    ? (manifest, signature, pem) => checkAgainstRegistry(manifest, signature, pem, trusted)
    : withOwnCertificate
  return (await readBundle(bytes, options, check)).bundle
}
