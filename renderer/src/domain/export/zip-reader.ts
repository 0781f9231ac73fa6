/**
 * Listing an untrusted zip. The central directory is read here, by hand, without inflating anything:
 * the skeleton must hold together (an end record that ends the file, a directory inside the file,
 * every local header where the directory says and its data before the directory), and every limit
 * (entry count, declared sizes, total, names, compression method) is checked on that listing. Only
 * then is any entry inflated (inflate-entry.ts), one at a time and never past its declared size.
 *
 * Not fflate's `unzipSync`: it would inflate whatever it is given, and it honours zip64 records,
 * whose 64-bit sizes a bundle never needs. Any zip64 marker (a 0xFFFF/0xFFFFFFFF field, a zip64
 * end record, a zip64 extra field) is refused outright, so a size cannot hide behind one.
 */
import { BundleError } from './bundle-errors'

export interface ZipLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export interface ZipEntryInfo {
  name: string
  /** Declared uncompressed size (the central directory's). */
  size: number
  /** Bytes of stored or deflated data in the zip. */
  compressedSize: number
  compression: number
  /** Offset of the entry's data in the zip. */
  dataStart: number
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

const u16 = (d: Uint8Array, at: number) => (d[at] ?? 0) | ((d[at + 1] ?? 0) << 8)
const u32 = (d: Uint8Array, at: number) => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0

const END = 0x06054b50
const ZIP64_LOCATOR = 0x07064b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const ZIP64_EXTRA = 0x0001
const FLAG_ENCRYPTED = 0x0001
const FLAG_UTF8 = 0x0800
const MAX16 = 0xffff
const MAX32 = 0xffffffff

const utf8 = new TextDecoder('utf-8', { fatal: true })

interface RawEntry extends ZipEntryInfo {
  flags: number
}

function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & FLAG_UTF8) {
    try {
      return utf8.decode(bytes)
    } catch {
      // Not UTF-8 although it says so: a name no bundle has (refused as unsafe below).
      return ''
    }
  }
  // Without the UTF-8 flag a zip name is CP437/Latin-1 by convention: one character per byte.
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return s
}

function hasZip64Extra(d: Uint8Array, start: number, length: number): boolean {
  for (let at = start; at + 4 <= start + length; at += 4 + u16(d, at + 2)) {
    if (u16(d, at) === ZIP64_EXTRA) return true
  }
  return false
}

/** The end record: the last signature whose comment ends the file exactly. */
function findEnd(data: Uint8Array): number {
  for (let e = data.length - 22; e >= 0 && e >= data.length - 22 - MAX16; e--) {
    if (u32(data, e) === END && e + 22 + u16(data, e + 20) === data.length) return e
  }
  throw new BundleError('zip-corrupt')
}

/** Every central-directory record, checked for structure only. */
function readDirectory(data: Uint8Array): RawEntry[] {
  const corrupt = () => new BundleError('zip-corrupt')
  const end = findEnd(data)
  const count = u16(data, end + 10)
  const size = u32(data, end + 12)
  const start = u32(data, end + 16)
  if (count === MAX16 || size === MAX32 || start === MAX32) throw new BundleError('zip64')
  if (end >= 20 && u32(data, end - 20) === ZIP64_LOCATOR) throw new BundleError('zip64')
  // No multi-disk archives.
  if (u16(data, end + 4) !== 0 || u16(data, end + 6) !== 0 || count !== u16(data, end + 8)) throw corrupt()
  if (start + size > end) throw corrupt()
  const entries: RawEntry[] = []
  let at = start
  for (let i = 0; i < count; i++) {
    if (at + 46 > start + size || u32(data, at) !== CENTRAL) throw corrupt()
    const flags = u16(data, at + 8)
    const compression = u16(data, at + 10)
    const compressedSize = u32(data, at + 20)
    const declared = u32(data, at + 24)
    const nameLength = u16(data, at + 28)
    const extraLength = u16(data, at + 30)
    const local = u32(data, at + 42)
    const next = at + 46 + nameLength + extraLength + u16(data, at + 32)
    if (next > start + size) throw corrupt()
    if (compressedSize === MAX32 || declared === MAX32 || local === MAX32) throw new BundleError('zip64')
    if (hasZip64Extra(data, at + 46 + nameLength, extraLength)) throw new BundleError('zip64')
    if (local + 30 > start || u32(data, local) !== LOCAL) throw corrupt()
    const dataStart = local + 30 + u16(data, local + 26) + u16(data, local + 28)
    if (dataStart + compressedSize > start) throw corrupt()
    entries.push({
      name: decodeName(data.subarray(at + 46, at + 46 + nameLength), flags),
      size: declared,
      compressedSize,
      compression,
      dataStart,
      flags,
    })
    at = next
  }
  if (at !== start + size) throw corrupt()
  return entries
}

/** The entries of a zip, checked against the limits; nothing is inflated. */
export function listZip(data: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  const raw = readDirectory(data)
  const entries: ZipEntryInfo[] = []
  const seen = new Set<string>()
  let total = 0
  for (const { flags, ...e } of raw) {
    if (entries.length >= limits.maxEntries)
      throw new BundleError('too-many-entries', { max: limits.maxEntries })
    const path = e.name
    if (isUnsafePath(path)) throw new BundleError('unsafe-path', { path: JSON.stringify(path).slice(0, 120) })
    if (seen.has(path)) throw new BundleError('duplicate-entry', { path })
    if ((e.compression !== 0 && e.compression !== 8) || flags & FLAG_ENCRYPTED)
      throw new BundleError('unsupported-compression', { path })
    if (e.size > limits.maxEntryBytes || (e.compression === 0 && e.compressedSize !== e.size))
      throw new BundleError('entry-too-large', { path, size: e.size, max: limits.maxEntryBytes })
    if ((total += e.size) > limits.maxTotalBytes)
      throw new BundleError('total-too-large', { max: limits.maxTotalBytes })
    seen.add(path)
    entries.push(e)
  }
  return entries
}
