/**
 * The backup file format (version 1). One file holds the whole workspace, and reveals nothing
 * to whoever finds it but that it is a backup of this app, made by which version, when:
 *
 *   magic        8 bytes  "MRBAK\0" 0x01 "\n"
 *   header       u32 BE length, then JSON (below) — versions, time, backup id, and the backup key
 *                wrapped for the workspace keyring, for each account's password and for recovery
 *   chunks       u32 BE length, then 12-byte IV + AES-256-GCM ciphertext of exactly CHUNK_BYTES of
 *                plaintext; the additional data binds each chunk to this backup, this header, its
 *                index and whether it is the last, so chunks cannot be reordered, dropped or spliced
 *   trailer      "MRBKEND\n", then HMAC-SHA256 (a key derived from the backup key) over the header
 *                hash, the chunk count and every chunk's tag: the keyed digest of the whole
 *
 * The plaintext inside the chunks is a stream of frames — u32 BE length, then a MessagePack
 * [table, row] — ended by a zero length and padded with zeros to the last chunk's end, so the
 * file's size says only roughly how much there is (in whole chunks), not how many rows.
 */
import { z } from 'zod'

export const MAGIC = new Uint8Array([0x4d, 0x52, 0x42, 0x41, 0x4b, 0x00, 0x01, 0x0a])
export const TRAILER_MAGIC = new TextEncoder().encode('MRBKEND\n')
export const FORMAT = 'mediation-room-backup'
export const FORMAT_VERSION = 1
/** Plaintext bytes per chunk: large enough to be fast, small enough to stream (1 MiB). */
export const CHUNK_BYTES = 1024 * 1024
/** A chunk on disk: IV + ciphertext + tag. */
export const CHUNK_CIPHER_BYTES = 12 + CHUNK_BYTES + 16
export const DIGEST_BYTES = 32
/** Larger headers are refused before parsing (a real one is a few kB). */
export const MAX_HEADER_BYTES = 256 * 1024
/** Account slots are padded to a multiple of this, so their number does not tell the account count. */
export const SLOT_PADDING = 4

const b64 = z
  .string()
  .max(200_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
const wrapped = z.object({ iv: b64, ct: b64 }).strict()

export const slotSchema = z
  .object({
    /** HMAC(backup id, user name), 16 hex: finds the slot for the name typed, without storing it. */
    id: z.string().regex(/^[0-9a-f]{32}$/),
    userId: z.string().min(1).max(64),
    kdf: z
      .object({
        alg: z.literal('argon2id'),
        m: z.number().int(),
        t: z.number().int(),
        p: z.number().int(),
        salt: b64,
      })
      .strict(),
    keyring: wrapped,
    /** How the keyring was wrapped: 1 = the original constant additional data; 2 = bound to the account. */
    binding: z.union([z.literal(1), z.literal(2)]),
  })
  .strict()
export type BackupSlot = z.output<typeof slotSchema>

export const headerSchema = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.number().int().min(1),
    app: z.string().max(100),
    appVersion: z.string().max(50),
    schemaVersion: z.number().int().min(1),
    createdAt: z.iso.datetime(),
    backupId: z.uuid(),
    chunkBytes: z.literal(CHUNK_BYTES),
    keys: z
      .object({
        workspace: wrapped,
        recovery: z.object({ salt: b64, privateKey: wrapped, sealed: b64 }).strict(),
        slots: z.array(slotSchema).max(1000),
      })
      .strict(),
  })
  .strict()
export type BackupHeader = z.output<typeof headerSchema>

const u32 = (n: number) => {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n)
  return b
}
export const encodeU32 = u32
export const readU32 = (bytes: Uint8Array, at = 0) =>
  new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0)

/** The additional data of chunk `index`: this format, this backup, this header, where, and whether last. */
export function chunkAad(backupId: string, headerHash: Uint8Array, index: number, last: boolean): Uint8Array {
  const label = new TextEncoder().encode(`${FORMAT}/${FORMAT_VERSION}/${backupId}`)
  const out = new Uint8Array(label.length + 32 + 5)
  out.set(label, 0)
  out.set(headerHash, label.length)
  out.set(u32(index), label.length + 32)
  out[label.length + 36] = last ? 1 : 0
  return out
}

/** The bytes the keyed digest covers: header hash, chunk count, every tag in order. */
export function digestInput(headerHash: Uint8Array, tags: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(32 + 4 + tags.length * 16)
  out.set(headerHash, 0)
  out.set(u32(tags.length), 32)
  tags.forEach((t, i) => out.set(t, 36 + i * 16))
  return out
}

export const equalBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i])
