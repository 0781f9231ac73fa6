/**
 * Signature, fingerprint and seal images: PNG or JPEG bytes, recognised by their signature bytes,
 * with their pixel size read from the header (for the aspect ratio on the page).
 */
import type { ModelImage } from './model'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function u32(b: Uint8Array, at: number): number {
  return (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0
}
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0)

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1] ?? 0
    const length = u16(b, i + 2)
    // SOF0…SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16(b, i + 5), width: u16(b, i + 7) }
    }
    i += 2 + length
  }
  return null
}

/** The image as the model carries it, or null when the bytes are neither PNG nor JPEG. */
export function readImage(bytes: Uint8Array): ModelImage | null {
  if (bytes.length > 24 && PNG_SIGNATURE.every((v, i) => bytes[i] === v)) {
    const width = u32(bytes, 16)
    const height = u32(bytes, 20)
    return width > 0 && height > 0 ? { bytes, type: 'png', width, height } : null
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegSize(bytes)
    return size && size.width > 0 && size.height > 0 ? { bytes, type: 'jpg', ...size } : null
  }
  return null
}

/** A data URL for pdfmake, which takes images as strings. */
export function dataUrl(image: ModelImage): string {
  let binary = ''
  for (let i = 0; i < image.bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...image.bytes.subarray(i, i + 0x8000))
  }
  return `data:image/${image.type === 'png' ? 'png' : 'jpeg'};base64,${btoa(binary)}`
}

/** Width and height that fit within a box, keeping the aspect ratio. */
export function fitInto(
  image: ModelImage,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height)
  return { width: image.width * scale, height: image.height * scale }
}
