/**
 * Sealing counselling rows with the counsellor's own key. Same AES-GCM format as the workspace
 * codec, but the key id names the owner (`counsel:<ownerId>`) and is bound into the additional
 * data with table and row id: a row copied to another owner or another record does not open, and
 * no workspace key opens it at all.
 */
import type { SealedBody } from '../../codec/codec'
import { decryptBytes, encryptBytes } from '../../crypto/aead'
import { BODY_SCHEMA_VERSION, bodyAad, createEncryptingCodec } from '../../crypto/record-codec'
import { nextRevision } from '../../crypto/revisions'

export const counsellingKid = (ownerId: string) => `counsel:${ownerId}`

export const createCounsellingCodec = (key: CryptoKey, ownerId: string) =>
  createEncryptingCodec(key, counsellingKid(ownerId))

type Sealed = Extract<SealedBody, { alg: 'A256GCM' }>

/**
 * Moves one sealed body from one owner's key to another's without ever parsing it: the plaintext
 * exists only as bytes for the moment between decrypting and encrypting, and is zeroed after.
 */
export async function resealBody(
  body: SealedBody,
  table: string,
  id: string,
  from: { key: CryptoKey; ownerId: string },
  to: { key: CryptoKey; ownerId: string },
): Promise<Sealed> {
  const fromKid = counsellingKid(from.ownerId)
  if (body.alg !== 'A256GCM' || body.kid !== fromKid) throw new Error('codec: body sealed with another key')
  const plain = await decryptBytes(from.key, body, bodyAad(table, id, body))
  try {
    const head = { kid: counsellingKid(to.ownerId), v: BODY_SCHEMA_VERSION, r: nextRevision(table) }
    const { iv, ct } = await encryptBytes(to.key, plain, bodyAad(table, id, head))
    return { alg: 'A256GCM', ...head, iv, ct }
  } finally {
    plain.fill(0)
  }
}
