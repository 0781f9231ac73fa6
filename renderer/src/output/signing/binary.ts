/**
 * Byte helpers for signing: node-forge speaks "binary strings" (one char per byte), WebCrypto and
 * the PDF bytes speak Uint8Array. Plain Uint8Array everywhere, so the same code runs in Node and in
 * the sandboxed renderer with no Buffer.
 */

export function bytesToBinary(bytes: Uint8Array): string {
  let s = ''
  // Chunks keep String.fromCharCode's argument list short for large inputs.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return s
}

export function binaryToBytes(s: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

export function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const clean = hex.length % 2 ? `${hex}0` : hex
  const out = new Uint8Array(clean.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16)
  return out
}

export const ascii = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)

/** Where `needle` first occurs in `haystack` at or after `from` (−1 when absent). */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]
  outer: for (let i = haystack.indexOf(first ?? 0, from); i !== -1; i = haystack.indexOf(first ?? 0, i + 1)) {
    if (i + needle.length > haystack.length) return -1
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}

export async function sha256(...parts: Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const total = parts.reduce((n, p) => n + p.length, 0)
  const joined = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    joined.set(p, at)
    at += p.length
  }
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined))
}

export const sha256Hex = async (bytes: Uint8Array): Promise<string> => toHex(await sha256(bytes))

/** Text of a PEM block (base64 body wrapped at 64 columns). */
export function toPem(label: string, der: Uint8Array): string {
  const b64 = btoa(bytesToBinary(der))
  const lines = b64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\r\n${lines.join('\r\n')}\r\n-----END ${label}-----\r\n`
}

export function fromPem(pem: string, label: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem)
  if (!match?.[1]) throw new Error(`pem: no ${label} block`)
  return binaryToBytes(atob(match[1].replace(/\s+/g, '')))
}
