/**
 * Real PNG files for tests: a signature stroke or a round red seal, RGBA (colour type 6), RGB with or
 * without a tRNS chunk (colour type 2), encoded with zlib and proper CRCs so any decoder reads them.
 */
import { deflateSync } from 'node:zlib'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(
    Uint8Array.from(type, (c) => c.charCodeAt(0)),
    4,
  )
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

export interface PngOptions {
  width?: number
  height?: number
  /** 6 = RGBA (transparent), 2 = RGB. */
  colorType?: 6 | 2
  /** For colour type 2: add a tRNS chunk (white is transparent). */
  trns?: boolean
  /** Which pixels are ink: default a red ring, like a seal. */
  ink?: (x: number, y: number, w: number, h: number) => boolean
}

const ring = (x: number, y: number, w: number, h: number) => {
  const r = Math.hypot(x - w / 2, y - h / 2)
  return r < w / 2 - 2 && r > w / 2 - 8
}

export function makePng(options: PngOptions = {}): Uint8Array {
  const { width = 128, height = 128, colorType = 6, trns = false, ink = ring } = options
  const channels = colorType === 6 ? 4 : 3
  const raw = new Uint8Array(height * (1 + width * channels))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * channels)
    raw[row] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const at = row + 1 + x * channels
      const on = ink(x, y, width, height)
      raw.set(on ? [200, 20, 20] : [255, 255, 255], at)
      if (channels === 4) raw[at + 3] = on ? 255 : 0
    }
  }
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr.set([8, colorType, 0, 0, 0], 8)
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(colorType === 2 && trns ? [chunk('tRNS', Uint8Array.from([0, 255, 0, 255, 0, 255]))] : []),
    chunk('IDAT', new Uint8Array(deflateSync(raw))),
    chunk('IEND', new Uint8Array()),
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** A handwritten-looking stroke: a sine wave across a transparent canvas. */
export const makeSignaturePng = (seed = 1) =>
  makePng({
    width: 300,
    height: 100,
    ink: (x, y, w, h) =>
      Math.abs(y - h / 2 - Math.sin((x + seed * 17) / 18) * (h / 4)) < 3 && x > 10 && x < w - 10,
  })
