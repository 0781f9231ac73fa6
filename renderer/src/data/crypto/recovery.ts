/**
 * Recovery: an RSA-OAEP key pair made at setup. Its public key lets anyone with the app wrap a new
 * data key for recovery (a counsellor's key, made when that counsellor first logs in) without the
 * recovery key; its private key is stored only wrapped by the recovery key, which exists on paper.
 */
import { aadFor, decryptBytes, encryptBytes, type Encrypted } from './aead'
import { own, randomBytes } from './bytes'
import { deriveRecoveryKek } from './recovery-key'

const RSA = { name: 'RSA-OAEP', hash: 'SHA-256' } as const
const PRIVATE_AAD = aadFor('recovery', 'private-key', 1)

export interface RecoveryMaterial {
  salt: Uint8Array
  publicKey: Uint8Array
  wrappedPrivateKey: Encrypted
}

export async function createRecovery(recoveryKey: string): Promise<RecoveryMaterial> {
  const pair = await crypto.subtle.generateKey(
    { ...RSA, modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['encrypt', 'decrypt'],
  )
  const salt = randomBytes(16)
  const kek = await deriveRecoveryKek(recoveryKey, salt)
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))
  const wrappedPrivateKey = await encryptBytes(kek, pkcs8, PRIVATE_AAD)
  pkcs8.fill(0)
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))
  return { salt, publicKey, wrappedPrivateKey }
}

/** Seals raw key bytes so that only the recovery key can open them. */
export async function sealForRecovery(publicKey: Uint8Array, raw: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('spki', own(publicKey), RSA, false, ['encrypt'])
  return new Uint8Array(await crypto.subtle.encrypt(RSA, key, own(raw)))
}

/** Throws DecryptError when the recovery key is wrong. */
export async function openRecovery(material: RecoveryMaterial, recoveryKey: string): Promise<CryptoKey> {
  const kek = await deriveRecoveryKek(recoveryKey, material.salt)
  const pkcs8 = await decryptBytes(kek, material.wrappedPrivateKey, PRIVATE_AAD)
  try {
    return await crypto.subtle.importKey('pkcs8', own(pkcs8), RSA, false, ['decrypt'])
  } finally {
    pkcs8.fill(0)
  }
}

export async function openSealed(privateKey: CryptoKey, sealed: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.decrypt(RSA, privateKey, own(sealed)))
}
