/**
 * The encrypting RecordCodec: a record body becomes JSON, then AES-GCM ciphertext bound to
 * (table, id, schema version, key id, row revision). Byte arrays inside a body survive the JSON step.
 * The revision makes each sealing of a row a distinct version, so an older ciphertext of the same
 * row put back over the current one is told apart (audit/row-revisions.ts).
 */
import type { RecordCodec, SealedBody } from '../codec/codec'
import { aadFor, decryptBytes, encryptBytes } from './aead'
import { fromUtf8, toBase64Url, utf8 } from './bytes'
import { nextRevision } from './revisions'

/** Bumped when the body encoding changes; old bodies keep opening with their own version. */
export const BODY_SCHEMA_VERSION = 1

function fromBase64Url(s: string): Uint8Array {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(b, (c) => c.charCodeAt(0))
}

const replacer = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: toBase64Url(v) } : v)
const reviver = (_k: string, v: unknown) =>
  v && typeof v === 'object' && '$bytes' in v && typeof v.$bytes === 'string' ? fromBase64Url(v.$bytes) : v

/** The additional data of a body: where it belongs, and — for bodies that have one — its revision. */
export const bodyAad = (table: string, id: string, body: { v: number; kid: string; r?: number }) =>
  body.r === undefined ? aadFor(table, id, body.v, body.kid) : aadFor(table, id, body.v, body.kid, body.r)

export function createEncryptingCodec(key: CryptoKey, kid: string): RecordCodec {
  return {
    async seal(table, id, value): Promise<SealedBody> {
      const head = { kid, v: BODY_SCHEMA_VERSION, r: nextRevision(table) }
      const { iv, ct } = await encryptBytes(
        key,
        utf8(JSON.stringify(value, replacer)),
        bodyAad(table, id, head),
      )
      return { alg: 'A256GCM', ...head, iv, ct }
    },
    async open(table, id, body) {
      if (body.alg !== 'A256GCM' || body.kid !== kid) throw new Error('codec: body sealed with another key')
      const plain = await decryptBytes(key, body, bodyAad(table, id, body))
      return JSON.parse(fromUtf8(plain), reviver) as unknown
    },
  }
}
