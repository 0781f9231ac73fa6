/**
 * Zips a well-behaved writer would never make, for the tests of the guarded reader: entries whose
 * central directory declares whatever the test wants (sizes that lie, zip64 markers and extra
 * fields, a zip64 end record), and a DEFLATE stream that inflates to gigabytes from a few megabytes.
 * CRCs are left 0: the reader never trusts them (every file's SHA-256 is in the signed manifest).
 */
import { deflateSync } from 'fflate'

export interface CraftedEntry {
  name: string
  /** The bytes as stored in the zip: raw DEFLATE for method 8. */
  data: Uint8Array
  method: 0 | 8
  /** The uncompressed size the central directory declares (default: the real one, for method 0). */
  declaredSize?: number
  /** The compressed size the central directory declares (default: data.length). */
  compressedSize?: number
  /** Extra field of the central-directory record. */
  extra?: Uint8Array
}

export interface CraftOptions {
  /** A zip64 end record and locator before the end record, whose fields then say 0xFFFF(FFFF). */
  zip64End?: boolean
}

const enc = new TextEncoder()

class Out {
  private chunks: Uint8Array[] = []
  length = 0
  u16(v: number) {
    this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff]))
  }
  u32(v: number) {
    this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]))
  }
  u64(v: number) {
    this.u32(v % 2 ** 32)
    this.u32(Math.floor(v / 2 ** 32))
  }
  bytes(b: Uint8Array) {
    this.chunks.push(b)
    this.length += b.length
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length)
    let at = 0
    for (const c of this.chunks) {
      out.set(c, at)
      at += c.length
    }
    return out
  }
}

/** An entry stored (method 0) or deflated honestly (method 8), declaring its true sizes. */
export function honest(name: string, data: Uint8Array, method: 0 | 8 = 0): CraftedEntry {
  return method === 0
    ? { name, data, method, declaredSize: data.length }
    : { name, data: deflateSync(data), method, declaredSize: data.length }
}

/** A zip64 extra field (header id 1) carrying 64-bit uncompressed and compressed sizes. */
export function zip64Extra(uncompressed: number, compressed: number): Uint8Array {
  const out = new Out()
  out.u16(0x0001)
  out.u16(16)
  out.u64(uncompressed)
  out.u64(compressed)
  return out.done()
}

export function craftZip(entries: CraftedEntry[], options: CraftOptions = {}): Uint8Array {
  const out = new Out()
  const offsets: number[] = []
  for (const e of entries) {
    offsets.push(out.length)
    const name = enc.encode(e.name)
    out.u32(0x04034b50)
    out.u16(20)
    out.u16(0x0800)
    out.u16(e.method)
    out.u32(0) // time, date
    out.u32(0) // crc
    out.u32(e.compressedSize ?? e.data.length)
    out.u32(e.declaredSize ?? e.data.length)
    out.u16(name.length)
    out.u16(0)
    out.bytes(name)
    out.bytes(e.data)
  }
  const cdStart = out.length
  entries.forEach((e, i) => {
    const name = enc.encode(e.name)
    const extra = e.extra ?? new Uint8Array(0)
    out.u32(0x02014b50)
    out.u16(20)
    out.u16(20)
    out.u16(0x0800)
    out.u16(e.method)
    out.u32(0)
    out.u32(0)
    out.u32(e.compressedSize ?? e.data.length)
    out.u32(e.declaredSize ?? e.data.length)
    out.u16(name.length)
    out.u16(extra.length)
    out.u16(0) // comment
    out.u16(0) // disk
    out.u16(0) // internal attributes
    out.u32(0) // external attributes
    out.u32(offsets[i] as number)
    out.bytes(name)
    out.bytes(extra)
  })
  const cdSize = out.length - cdStart
  if (options.zip64End) {
    const record = out.length
    out.u32(0x06064b50)
    out.u64(44)
    out.u16(45)
    out.u16(45)
    out.u32(0)
    out.u32(0)
    out.u64(entries.length)
    out.u64(entries.length)
    out.u64(cdSize)
    out.u64(cdStart)
    out.u32(0x07064b50)
    out.u32(0)
    out.u64(record)
    out.u32(1)
  }
  out.u32(0x06054b50)
  out.u16(0)
  out.u16(0)
  out.u16(options.zip64End ? 0xffff : entries.length)
  out.u16(options.zip64End ? 0xffff : entries.length)
  out.u32(options.zip64End ? 0xffffffff : cdSize)
  out.u32(options.zip64End ? 0xffffffff : cdStart)
  out.u16(0)
  return out.done()
}

/** Bits, least significant first (RFC 1951 §3.1.1); Huffman codes are written most significant first. */
class Bits {
  bytes: number[] = []
  private bit = 0
  put(value: number, count: number) {
    for (let i = 0; i < count; i++) this.push((value >>> i) & 1)
  }
  code(code: number, length: number) {
    for (let i = length - 1; i >= 0; i--) this.push((code >>> i) & 1)
  }
  get position() {
    return this.bytes.length * 8 - (this.bit === 0 ? 0 : 8 - this.bit)
  }
  private push(b: number) {
    if (this.bit === 0) this.bytes.push(0)
    if (b) this.bytes[this.bytes.length - 1] = (this.bytes[this.bytes.length - 1] as number) | (1 << this.bit)
    this.bit = (this.bit + 1) & 7
  }
}

/**
 * Raw DEFLATE that inflates to at least `size` zero bytes, at the format's best ratio (~1032:1):
 * one dynamic-Huffman block whose literal/length code gives 1 bit to "length 258" and whose
 * distance code gives 1 bit to "distance 1". After one literal zero, every further 258 zeros cost
 * two bits — both 0 — so the body is simply zero bytes: 4 GiB is about 4.2 MB, built in a blink.
 */
export function zeroBomb(size: number): { data: Uint8Array; inflatedSize: number } {
  const matches = Math.max(0, Math.ceil((size - 1) / 258))
  const w = new Bits()
  w.put(1, 1) // BFINAL
  w.put(2, 2) // BTYPE = dynamic Huffman
  w.put(286 - 257, 5) // HLIT: literal/length codes 0…285
  w.put(2 - 1, 5) // HDIST: distance codes 0…1
  w.put(18 - 4, 4) // HCLEN: code-length codes, in the order below, up to symbol 1
  // Code-length code lengths, in RFC order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1: 18→1, 2→2, 1→2.
  for (const symbol of [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]) {
    w.put(symbol === 18 ? 1 : symbol === 2 || symbol === 1 ? 2 : 0, 3)
  }
  // Canonical code-length codes: 18 → 0 (1 bit), 1 → 10, 2 → 11.
  const length1 = () => w.code(0b10, 2)
  const length2 = () => w.code(0b11, 2)
  const zeros = (n: number) => {
    w.code(0, 1)
    w.put(n - 11, 7)
  }
  length2() // literal 0
  zeros(138) // literals 1…138
  zeros(117) // literals 139…255
  length2() // 256, end of block
  zeros(28) // lengths 257…284
  length1() // 285, length 258
  length1() // distance code 0 (distance 1)
  length1() // distance code 1 (unused; completes the code)
  // Canonical literal/length code: 285 → 0, literal 0 → 10, end of block → 11. Distance 0 → 0.
  w.code(0b10, 2) // the one literal zero
  const body = w.position
  const end = body + 2 * matches // every match is the bits 0 (length 258) and 0 (distance 1)
  const out = new Uint8Array(Math.ceil((end + 2) / 8))
  out.set(w.bytes)
  for (const at of [end, end + 1]) out[at >> 3] = (out[at >> 3] as number) | (1 << (at & 7)) // end of block
  return { data: out, inflatedSize: 1 + 258 * matches }
}
