/**
 * Signing a bundle's manifest with the organisation's key from the vault (RSA PKCS#1 v1.5,
 * SHA-256, through WebCrypto). Only bytes that are a bundle manifest are signed, so this is no
 * general-purpose oracle for the organisation's key.
 */
import { EXPORT_MSG } from '../../../domain/export/export-request'
import { manifestSchema } from '../../../domain/export/bundle-schema'
import { ValidationError } from '../../../domain/shared/errors'
import { fromUtf8 } from '../../crypto/bytes'
import type { OrgIdentityStore } from '../agreements/org-identity'

function pkcs8(pem: string): Uint8Array<ArrayBuffer> {
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(pem)
  if (!match?.[1]) throw new Error('export: the signing key is not PKCS#8')
  return Uint8Array.from(atob(match[1].replace(/\s+/g, '')), (c) => c.charCodeAt(0))
}

const noIdentity = () => new ValidationError([{ path: 'signing', message: EXPORT_MSG.noSigningIdentity }])

export async function currentCertificate(store: OrgIdentityStore | null): Promise<string | null> {
  return (await store?.readIdentity())?.current.certificatePem ?? null
}

export async function signManifest(store: OrgIdentityStore | null, bytes: Uint8Array): Promise<Uint8Array> {
  let manifest: unknown
  try {
    manifest = JSON.parse(fromUtf8(bytes))
  } catch {
    throw new Error('export: only a bundle manifest is signed')
  }
  const parsed = manifestSchema.safeParse(manifest)
  if (!parsed.success) throw new Error('export: only a bundle manifest is signed')
  const identity = await store?.readIdentity()
  if (!identity) throw noIdentity()
  if (parsed.data.signer.fingerprint !== identity.current.fingerprint) {
    throw new Error('export: the manifest names another signer')
  }
  const key = await crypto.subtle.importKey(
    'pkcs8',
    pkcs8(identity.current.privateKeyPem),
    { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', key, bytes as Uint8Array<ArrayBuffer>))
}

export { noIdentity }
