/**
 * The reading half of the format, used by verification and restore alike: the header checked
 * before anything is trusted, then every chunk authenticated in order (its index, whether it is
 * last, the backup and the header are in its additional data), the frames parsed, and the keyed
 * digest checked at the end. Anything wrong is one problem with the chunk it was found in; nothing
 * read from a chunk is handed on before that chunk has been authenticated.
 */
import { Decoder } from '@msgpack/msgpack'
import { fromUtf8 } from '../crypto/bytes'
import {
  CHUNK_BYTES,
  CHUNK_CIPHER_BYTES,
  DIGEST_BYTES,
  FORMAT,
  FORMAT_VERSION,
  MAGIC,
  MAX_HEADER_BYTES,
  TRAILER_MAGIC,
  chunkAad,
  digestInput,
  equalBytes,
  headerSchema,
  readU32,
  type BackupHeader,
} from './format'
import type { BackupKeys } from './keys'
import type { ByteSource } from './ports'
import { BackupError } from './backup-error'

export { BackupError, type BackupProblem } from './backup-error'

export interface OpenedHeader {
  header: BackupHeader
  headerHash: Uint8Array
  /** Where the first chunk starts. */
  dataStart: number
  /** How many chunks the file's length allows (before any is read). */
  chunks: number
}

const FRAME = 4 + CHUNK_CIPHER_BYTES
const TRAILER = TRAILER_MAGIC.length + DIGEST_BYTES

/** Reads and checks the header; `schemaVersion` is the newest schema this app knows. */
export async function readHeader(source: ByteSource, schemaVersion: number): Promise<OpenedHeader> {
  const start = await source.read(0, MAGIC.length + 4)
  if (start.length < MAGIC.length + 4 || !equalBytes(start.subarray(0, 5), MAGIC.subarray(0, 5))) {
    throw new BackupError({ code: 'not-a-backup' })
  }
  if ((start[6] as number) > FORMAT_VERSION) {
    throw new BackupError({ code: 'newer-format', formatVersion: start[6] as number })
  }
  if (!equalBytes(start.subarray(0, MAGIC.length), MAGIC)) throw new BackupError({ code: 'not-a-backup' })
  const length = readU32(start, MAGIC.length)
  if (length === 0 || length > MAX_HEADER_BYTES || MAGIC.length + 4 + length > source.size) {
    throw new BackupError({ code: 'header-damaged' })
  }
  const bytes = await source.read(MAGIC.length + 4, length)
  let parsed: unknown
  try {
    parsed = JSON.parse(fromUtf8(bytes))
  } catch {
    throw new BackupError({ code: 'header-damaged' })
  }
  const format = (parsed as { format?: unknown } | null)?.format
  if (format !== FORMAT) throw new BackupError({ code: 'not-a-backup' })
  const version = (parsed as { schemaVersion?: unknown }).schemaVersion
  if (typeof version === 'number' && version > schemaVersion) {
    throw new BackupError({ code: 'newer-schema', schemaVersion: version })
  }
  const header = headerSchema.safeParse(parsed)
  if (!header.success) throw new BackupError({ code: 'header-damaged' })
  if (header.data.formatVersion > FORMAT_VERSION) {
    throw new BackupError({ code: 'newer-format', formatVersion: header.data.formatVersion })
  }
  const dataStart = MAGIC.length + 4 + length
  const body = source.size - dataStart - TRAILER
  const chunks = body > 0 && body % FRAME === 0 ? body / FRAME : -1
  return {
    header: header.data,
    headerHash: new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)),
    dataStart,
    chunks,
  }
}

export interface ReadProgress {
  chunk: number
  chunks: number
}

/**
 * Every row of the backup as [table, row], chunk by chunk, each chunk authenticated before its
 * rows are given out; ends by checking the digest. Throws BackupError.
 */
/**
 * The decoder hands byte fields back as views into the decoded chunk. Stored as they are, each
 * would clone the whole 1 MiB chunk into IndexedDB (structured clone copies a view's buffer):
 * every binary field gets bytes of its own.
 */
function ownBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return value.byteLength === value.buffer.byteLength ? value : value.slice()
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = ownBytes(value[i])
    return value
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) record[key] = ownBytes(record[key])
  }
  return value
}

export async function* readRows(
  source: ByteSource,
  opened: OpenedHeader,
  keys: BackupKeys,
  onProgress?: (p: ReadProgress) => void,
): AsyncGenerator<[string, Record<string, unknown>]> {
  const { header, headerHash, dataStart } = opened
  // A file whose length fits no whole number of chunks was cut (or grown): it is read as far as it
  // goes, and the first chunk that is not there whole is named.
  const whole = Math.floor(Math.max(0, source.size - dataStart) / FRAME)
  const chunks = opened.chunks > 0 ? opened.chunks : whole
  const decoder = new Decoder()
  const tags: Uint8Array[] = []
  let pending = new Uint8Array(0)
  let ended = false

  for (let index = 0; index < Math.max(chunks, 1); index++) {
    const at = dataStart + index * FRAME
    if (at + FRAME > source.size) throw new BackupError({ code: 'truncated', chunk: index + 1 })
    const raw = await source.read(at, FRAME)
    if (raw.length < FRAME || readU32(raw, 0) !== CHUNK_CIPHER_BYTES) {
      throw new BackupError({ code: raw.length < FRAME ? 'truncated' : 'altered', chunk: index + 1 })
    }
    const open = async (last: boolean): Promise<Uint8Array | null> => {
      try {
        return new Uint8Array(
          await crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: raw.subarray(4, 16) as BufferSource,
              additionalData: chunkAad(header.backupId, headerHash, index, last) as BufferSource,
            },
            keys.backupKey,
            raw.subarray(16) as BufferSource,
          ),
        )
      } catch {
        return null
      }
    }
    const last = index === chunks - 1 && opened.chunks > 0
    const plain = await open(last)
    if (!plain && opened.chunks <= 0) {
      // The length fits no whole file: if this chunk is the real last one, the trailer was cut
      // (or bytes added after it); otherwise the chunks after this one are missing.
      const reallyLast = await open(true)
      if (!reallyLast) throw new BackupError({ code: 'truncated', chunk: index + 1 })
      const end = at + FRAME + TRAILER
      throw new BackupError(
        source.size > end ? { code: 'altered', chunk: index + 1 } : { code: 'truncated', chunk: index + 2 },
      )
    }
    if (!plain) throw new BackupError({ code: 'altered', chunk: index + 1 })
    if (plain.length !== CHUNK_BYTES) throw new BackupError({ code: 'altered', chunk: index + 1 })
    tags.push(raw.subarray(raw.length - 16).slice())
    if (ended) throw new BackupError({ code: 'content', chunk: index + 1 })

    // Frames continue across chunks: what is left of the last one is carried over.
    const data = new Uint8Array(pending.length + plain.length)
    data.set(pending, 0)
    data.set(plain, pending.length)
    let pos = 0
    const rows: [string, Record<string, unknown>][] = []
    while (!ended && data.length - pos >= 4) {
      const length = readU32(data, pos)
      if (length === 0) {
        ended = true
        if (!data.subarray(pos + 4).every((b) => b === 0) || !last) {
          throw new BackupError({ code: 'content', chunk: index + 1 })
        }
        pos = data.length
        break
      }
      if (data.length - pos - 4 < length) break
      let entry: unknown
      try {
        entry = decoder.decode(data.subarray(pos + 4, pos + 4 + length))
      } catch {
        throw new BackupError({ code: 'content', chunk: index + 1 })
      }
      if (
        !Array.isArray(entry) ||
        typeof entry[0] !== 'string' ||
        !entry[1] ||
        typeof entry[1] !== 'object'
      ) {
        throw new BackupError({ code: 'content', chunk: index + 1 })
      }
      rows.push([entry[0], ownBytes(entry[1]) as Record<string, unknown>])
      pos += 4 + length
    }
    pending = data.slice(pos)
    onProgress?.({ chunk: index + 1, chunks })
    for (const row of rows) yield row
  }
  if (opened.chunks <= 0) throw new BackupError({ code: 'truncated', chunk: whole + 1 })
  if (!ended) throw new BackupError({ code: 'content', chunk: chunks })

  const trailer = await source.read(source.size - TRAILER, TRAILER)
  if (!equalBytes(trailer.subarray(0, TRAILER_MAGIC.length), TRAILER_MAGIC)) {
    throw new BackupError({ code: 'truncated', chunk: chunks + 1 })
  }
  const ok = await crypto.subtle.verify(
    'HMAC',
    keys.digestKey,
    trailer.subarray(TRAILER_MAGIC.length) as BufferSource,
    digestInput(headerHash, tags) as BufferSource,
  )
  if (!ok) throw new BackupError({ code: 'digest' })
}
