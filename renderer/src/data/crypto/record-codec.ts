/**
 * The encrypting RecordCodec: a record body becomes JSON, then AES-GCM ciphertext bound to
 * (table, id, schema version, key id). Byte arrays inside a body survive the JSON step.
 */
import type { RecordCodec, SealedBody } from '../codec/codec'
import { aadFor, decryptBytes, encryptBytes } from './aead'
import { fromUtf8, toBase64Url, utf8 } from './bytes'

/** Bumped when the body encoding changes; old bodies keep opening with their own version. */
export const BODY_SCHEMA_VERSION = 1

function fromBase64Url(s: string): Uint8Array {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(b, (c) => c.charCodeAt(0))
}

const replacer = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: toBase64Url(v) } : v)
const reviver = (_k: string, v: unknown) =>
  v && typeof v === 'object' && '$bytes' in v && typeof v.$bytes === 'string' ? fromBase64Url(v.$bytes) : v

export function createEncryptingCodec(key: CryptoKey, kid: string): RecordCodec {
  return {
    async seal(table, id, value): Promise<SealedBody> {
      const aad = aadFor(table, id, BODY_SCHEMA_VERSION, kid)
      const { iv, ct } = await encryptBytes(key, utf8(JSON.stringify(value, replacer)), aad)
      return { alg: 'A256GCM', kid, v: BODY_SCHEMA_VERSION, iv, ct }
    },
    async open(table, id, body) {
      if (body.alg !== 'A256GCM' || body.kid !== kid) throw new Error('codec: body sealed with another key')
      const plain = await decryptBytes(key, body, aadFor(table, id, body.v, kid))
      return JSON.parse(fromUtf8(plain), reviver) as unknown
    },
  }
}
