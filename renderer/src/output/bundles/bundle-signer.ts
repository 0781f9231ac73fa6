/**
 * What signs a bundle's manifest: the organisation's certificate and a sign function (RSA PKCS#1
 * v1.5, SHA-256). Made from the signing identity's PEM key through WebCrypto, so the private key is
 * a non-extractable CryptoKey for as long as the export runs.
 */
import type { SigningIdentity } from '../signing/certificate'

export interface BundleSigner {
  certificatePem: string
  sign(bytes: Uint8Array): Promise<Uint8Array>
}

function pkcs8FromPem(pem: string): Uint8Array<ArrayBuffer> {
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(pem)
  if (!match?.[1]) throw new Error('signer: no PKCS#8 private key')
  return Uint8Array.from(atob(match[1].replace(/\s+/g, '')), (c) => c.charCodeAt(0))
}

export async function createBundleSigner(identity: SigningIdentity): Promise<BundleSigner> {
  const key = await crypto.subtle.importKey(
    'pkcs8',
    pkcs8FromPem(identity.privateKeyPem),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return {
    certificatePem: identity.certificatePem,
    sign: async (bytes) =>
      new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, bytes as Uint8Array<ArrayBuffer>)),
  }
}
