/**
 * Boxes: a secret sealed to one account's public key, which that account alone opens with the
 * private half its password unwraps (ECDH P-256 with an ephemeral key, HKDF-SHA256, AES-256-GCM).
 * This is how an administrator hands the administrators' signing key to a colleague they promote,
 * without knowing the colleague's password.
 */
import { aadFor, decryptBytes, encryptBytes } from './aead'
import { own, utf8 } from './bytes'

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const

export interface Box {
  /** The ephemeral public key (SPKI). */
  epk: Uint8Array
  iv: Uint8Array
  ct: Uint8Array
}

export async function generateBoxPair(): Promise<{ publicKey: Uint8Array; pkcs8: Uint8Array }> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits'])
  return {
    publicKey: new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)),
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  }
}

async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, label: string): Promise<CryptoKey> {
  const bits = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256)
  const base = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(`mediation-room/box/${label}`) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** Seals `secret` so that only the holder of `recipient`'s private key opens it; `label` binds it. */
export async function sealBox(recipient: Uint8Array, secret: Uint8Array, label: string): Promise<Box> {
  const to = await crypto.subtle.importKey('spki', own(recipient), ECDH, false, [])
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits'])
  const key = await sharedKey(ephemeral.privateKey, to, label)
  const { iv, ct } = await encryptBytes(key, secret, aadFor('box', label, 1))
  return { epk: new Uint8Array(await crypto.subtle.exportKey('spki', ephemeral.publicKey)), iv, ct }
}

/** Throws DecryptError when the box is not for this key or was altered. */
export async function openBox(pkcs8: Uint8Array, box: Box, label: string): Promise<Uint8Array<ArrayBuffer>> {
  const mine = await crypto.subtle.importKey('pkcs8', own(pkcs8), ECDH, false, ['deriveBits'])
  const from = await crypto.subtle.importKey('spki', own(box.epk), ECDH, false, [])
  const key = await sharedKey(mine, from, label)
  return decryptBytes(key, { iv: box.iv, ct: box.ct }, aadFor('box', label, 1))
}
