/**
 * Reading an untrusted zip. The central directory is listed first without inflating anything, and
 * every limit (entry count, declared sizes, total, names, compression method) is checked on that
 * listing; only then is any entry inflated, one at a time, into a buffer of its declared size — so
 * an entry that lies about its size is cut short (and then fails its hash), never grows memory.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { BundleError } from './bundle-errors'

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export interface ZipEntryInfo {
  name: string
  /** Declared uncompressed size. */
  size: number
  compression: number
}

/** Absolute, drive-letter, backslash, parent-directory or empty segments: never a bundle path. */
export function isUnsafePath(name: string): boolean {
  return (
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((seg) => seg === '..' || seg === '.' || seg === '') ||
    // Control characters have no place in a file name.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name)
  )
}

class StopListing extends Error {}

const u16 = (d: Uint8Array, at: number) => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8)
const u32 = (d: Uint8Array, at: number) => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0

/**
 * The zip's skeleton must hold together before anything reads it: an end record that ends the file
 * exactly, a central directory inside the file and before that record, and for every entry a local
 * header where the directory says, whose data ends before the directory. A truncated or spliced
 * file fails here, with one clear reason, instead of yielding garbage entries.
 */
function checkStructure(data: Uint8Array): void {
  const corrupt = () => new BundleError('zip-corrupt')
  let end = -1
  for (let e = data.length - 22; e >= 0 && e >= data.length - 22 - 0xffff; e--) {
    if (u32(data, e) === 0x06054b50 && e + 22 + u16(data, e + 20) === data.length) {
      end = e
      break
    }
  }
  if (end < 0) throw corrupt()
  const count = u16(data, end + 10)
  const size = u32(data, end + 12)
  const start = u32(data, end + 16)
  // No multi-disk archives and no zip64: bundles never need them.
  if (u16(data, end + 4) !== 0 || u16(data, end + 6) !== 0 || count !== u16(data, end + 8)) throw corrupt()
  if (count === 0xffff || start === 0xffffffff || start + size > end) throw corrupt()
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > start + size || u32(data, at) !== 0x02014b50) throw corrupt()
    const compressed = u32(data, at + 20)
    const local = u32(data, at + 42)
    const next = at + 46 + u16(data, at + 28) + u16(data, at + 30) + u16(data, at + 32)
    if (local + 30 > start || u32(data, local) !== 0x04034b50) throw corrupt()
    if (local + 30 + u16(data, local + 26) + u16(data, local + 28) + compressed > start) throw corrupt()
    at = next
  }
  if (at !== start + size) throw corrupt()
}

/** The entries of a zip, checked against the limits; nothing is inflated. */
export function listZip(data: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = []
  const seen = new Set<string>()
  let total = 0
  let problem: BundleError | null = null
  const inspect = (f: UnzipFileInfo): boolean => {
    if (entries.length >= limits.maxEntries) {
      problem = new BundleError('too-many-entries', { max: limits.maxEntries })
      throw new StopListing()
    }
    const path = f.name
    if (isUnsafePath(path))
      problem = new BundleError('unsafe-path', { path: JSON.stringify(path).slice(0, 120) })
    else if (seen.has(path)) problem = new BundleError('duplicate-entry', { path })
    else if (f.compression !== 0 && f.compression !== 8)
      problem = new BundleError('unsupported-compression', { path })
    else if (f.originalSize > limits.maxEntryBytes || (f.compression === 0 && f.size !== f.originalSize))
      problem = new BundleError('entry-too-large', { path, size: f.originalSize, max: limits.maxEntryBytes })
    else if ((total += f.originalSize) > limits.maxTotalBytes)
      problem = new BundleError('total-too-large', { max: limits.maxTotalBytes })
    if (problem) throw new StopListing()
    seen.add(path)
    entries.push({ name: path, size: f.originalSize, compression: f.compression })
    return false
  }
  checkStructure(data)
  try {
    unzipSync(data, { filter: inspect })
  } catch (e) {
    if (problem) throw problem
    if (e instanceof StopListing) throw new BundleError('zip-corrupt')
    throw new BundleError('zip-corrupt')
  }
  return entries
}

/** Inflates one entry already accepted by `listZip`. */
export function readZipEntry(data: Uint8Array, name: string): Uint8Array {
  let found = false
  let out: Uint8Array | undefined
  try {
    const files = unzipSync(data, {
      filter: (f) => {
        if (f.name !== name || found) return false
        found = true
        return true
      },
    })
    out = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined
  } catch {
    throw new BundleError('zip-corrupt')
  }
  if (!out) throw new BundleError('missing-file', { path: name })
  return out
}
