/**
 * A zip written as a stream into a ByteSink with fflate: each file is compressed (JSON) or stored
 * (PDFs, images — already compressed) as it is added, and the bytes fflate hands back are written
 * before the next file, so memory holds one file at a time, never the archive. Each file's SHA-256
 * and size are kept for the manifest.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'
import { toHex } from '../crypto/bytes'
import type { ByteSink } from '../backup/ports'

export interface ZipEntry {
  path: string
  size: number
  sha256: string
}

export interface ZipStream {
  /** Adds one file; `compress` for text, stored as it is otherwise. */
  add(path: string, bytes: Uint8Array, options?: { compress?: boolean }): Promise<ZipEntry>
  addJson(path: string, value: unknown): Promise<ZipEntry>
  /** Writes the central directory and commits the sink. */
  finish(): Promise<{ name: string; size: number }>
  abort(): Promise<void>
}

/** Uint8Array values (signature images, seals) become `{ "$base64": "…" }` in the JSON. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let s = ''
    for (let i = 0; i < value.length; i += 0x8000) s += String.fromCharCode(...value.subarray(i, i + 0x8000))
    return { $base64: btoa(s) }
  }
  return value
}

export const jsonBytes = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, replacer, 2)}\n`)

export function zipStream(sink: ByteSink, mtime: Date): ZipStream {
  const pending: Uint8Array[] = []
  let failure: Error | null = null
  let ended = false
  const zip = new Zip((err, data, final) => {
    if (err) failure = err
    else pending.push(data)
    if (final) ended = true
  })
  const drain = async () => {
    if (failure) throw failure
    while (pending.length > 0) await sink.write(pending.shift() as Uint8Array)
  }

  const add = async (path: string, bytes: Uint8Array, options: { compress?: boolean } = {}) => {
    const file = options.compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path)
    file.mtime = mtime
    zip.add(file)
    file.push(bytes, true)
    await drain()
    const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes.slice())))
    return { path, size: bytes.length, sha256 }
  }

  return {
    add,
    addJson: (path, value) => add(path, jsonBytes(value), { compress: true }),
    async finish() {
      zip.end()
      await drain()
      if (!ended) throw new Error('zip: not ended')
      return sink.commit()
    },
    async abort() {
      zip.terminate()
      pending.length = 0
      await sink.abort()
    },
  }
}

/** A name that is safe as one path segment on Windows, macOS and Linux. */
export function safeSegment(text: string): string {
  const cleaned = Array.from(text, (ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
  return cleaned.slice(0, 80) || '_'
}
