/**
 * The encrypting half of the format: frames go into a 1 MiB plaintext buffer; a full buffer is
 * sealed as one chunk (AES-256-GCM, additional data binding backup, header, index and "last") and
 * handed to the sink, so memory holds one chunk whatever the size of the workspace. A full buffer
 * is sealed only once more bytes arrive, so the chunk that ends the stream is the one marked last.
 */
import { randomBytes } from '../crypto/bytes'
import { CHUNK_BYTES, chunkAad, digestInput, encodeU32, TRAILER_MAGIC } from './format'
import type { ByteSink } from './ports'

export interface ChunkWriter {
  /** One frame: u32 length + bytes. */
  frame(bytes: Uint8Array): Promise<void>
  /** Ends the stream: end frame, zero padding, last chunk, trailer with the keyed digest. */
  finish(): Promise<{ chunks: number; bytes: number }>
}

export function createChunkWriter(opts: {
  sink: ByteSink
  backupId: string
  headerHash: Uint8Array
  backupKey: CryptoKey
  digestKey: CryptoKey
  /** Bytes already written (magic and header), for the size reported. */
  written: number
}): ChunkWriter {
  const buffer = new Uint8Array(CHUNK_BYTES)
  let fill = 0
  let index = 0
  let written = opts.written
  const tags: Uint8Array[] = []

  async function seal(last: boolean): Promise<void> {
    const iv = randomBytes(12)
    const ct = new Uint8Array(
      await crypto.subtle.encrypt(
        {
          name: 'AES-GCM',
          iv,
          additionalData: chunkAad(opts.backupId, opts.headerHash, index, last) as BufferSource,
        },
        opts.backupKey,
        buffer,
      ),
    )
    tags.push(ct.slice(ct.length - 16))
    const out = new Uint8Array(4 + 12 + ct.length)
    out.set(encodeU32(12 + ct.length), 0)
    out.set(iv, 4)
    out.set(ct, 16)
    await opts.sink.write(out)
    written += out.length
    index++
    fill = 0
  }

  async function push(bytes: Uint8Array): Promise<void> {
    let at = 0
    while (at < bytes.length) {
      if (fill === CHUNK_BYTES) await seal(false)
      const n = Math.min(CHUNK_BYTES - fill, bytes.length - at)
      buffer.set(bytes.subarray(at, at + n), fill)
      fill += n
      at += n
    }
  }

  return {
    async frame(bytes) {
      await push(encodeU32(bytes.length))
      await push(bytes)
    },
    async finish() {
      await push(encodeU32(0))
      buffer.fill(0, fill)
      fill = CHUNK_BYTES
      await seal(true)
      const digest = new Uint8Array(
        await crypto.subtle.sign('HMAC', opts.digestKey, digestInput(opts.headerHash, tags) as BufferSource),
      )
      const trailer = new Uint8Array(TRAILER_MAGIC.length + digest.length)
      trailer.set(TRAILER_MAGIC, 0)
      trailer.set(digest, TRAILER_MAGIC.length)
      await opts.sink.write(trailer)
      written += trailer.length
      return { chunks: index, bytes: written }
    },
  }
}
