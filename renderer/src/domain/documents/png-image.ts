/**
 * PNG checks for the seal image and drawn signatures, from the bytes alone: the 8-byte signature,
 * IHDR's size and colour type, and whether the image can be transparent (an alpha channel —
 * colour types 4 and 6 — or a tRNS chunk).
 */
import { ValidationError } from '../shared/errors'
import { SIGNING_MSG } from './signing-messages'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export const SEAL_MAX_BYTES = 2 * 1024 * 1024
export const SEAL_MIN_SIDE = 64
export const SEAL_MAX_SIDE = 4096
export const SIGNATURE_MAX_BYTES = 1024 * 1024

export interface PngInfo {
  width: number
  height: number
  colorType: number
  hasAlpha: boolean
}

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0
const tag = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4))

/** Null when the bytes are not a PNG with a readable IHDR. */
export function readPng(bytes: Uint8Array): PngInfo | null {
  if (bytes.length < 33 || PNG_SIGNATURE.some((v, i) => bytes[i] !== v)) return null
  if (tag(bytes, 12) !== 'IHDR') return null
  const width = u32(bytes, 16)
  const height = u32(bytes, 20)
  const colorType = bytes[25] ?? 0
  let hasAlpha = colorType === 4 || colorType === 6
  // Walk the chunks up to the image data: a tRNS chunk makes the other colour types transparent.
  for (let at = 8; !hasAlpha && at + 8 <= bytes.length;) {
    const length = u32(bytes, at)
    const type = tag(bytes, at + 4)
    if (type === 'tRNS') hasAlpha = true
    if (type === 'IDAT' || type === 'IEND') break
    at += 12 + length
  }
  return { width, height, colorType, hasAlpha }
}

/** The organisation seal: a PNG, transparent, of sensible size. Throws a ValidationError otherwise. */
export function checkSealImage(bytes: Uint8Array): PngInfo {
  const fail = (message: string): never => {
    throw new ValidationError([{ path: 'seal', message }])
  }
  if (bytes.length > SEAL_MAX_BYTES) return fail(SIGNING_MSG.sealTooLarge)
  const info = readPng(bytes)
  if (!info) return fail(SIGNING_MSG.sealNotPng)
  if (!info.hasAlpha) return fail(SIGNING_MSG.sealNoAlpha)
  const sides = [info.width, info.height]
  if (sides.some((s) => s < SEAL_MIN_SIDE || s > SEAL_MAX_SIDE)) return fail(SIGNING_MSG.sealDimensions)
  return info
}

/** A drawn signature: a PNG no larger than the limit. */
export function checkSignatureImage(bytes: Uint8Array): PngInfo {
  const info = bytes.length <= SIGNATURE_MAX_BYTES ? readPng(bytes) : null
  if (!info || info.width === 0 || info.height === 0)
    throw new ValidationError([{ path: 'image', message: SIGNING_MSG.signatureImage }])
  return info
}
