/**
 * Blind-index tokens: a keyed HMAC of a normalised value, so exact values and name fragments can be
 * looked up through an IndexedDB multi-entry index without storing them. Without the index key the
 * tokens say nothing; with it, equal values give equal tokens (that is the point, and the leak).
 *
 * A row stores its tokens as a set (token-layout.ts): sorted, and padded with tokens derived here
 * from the index key and the row's id, so neither a token's place nor the count says what it is.
 */
import { toBase64Url, utf8 } from './bytes'

export type IndexedField = 'name' | 'id' | 'phone' | 'word'

/** A token is this many bytes of the HMAC, base64url: 16 characters. Pads are made alike. */
export const TOKEN_BYTES = 12

export const normalizers: Record<IndexedField, (v: string) => string> = {
  name: (v) => v.normalize('NFKC').replace(/\s+/g, '').toLowerCase(),
  id: (v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
  phone: (v) => v.replace(/\D/g, ''),
  word: (v) => v.normalize('NFKC').toLowerCase(),
}

/**
 * The pieces of a name that are indexed: the whole name and every pair of adjacent characters.
 * Single characters are not: a lone character of a Chinese name is most often the surname, whose
 * token would be the commonest of all and so guessable by frequency — and a search by a surname
 * alone answers too many cases to be of use.
 */
export function nameGrams(name: string): string[] {
  const chars = [...normalizers.name(name)]
  const grams = new Set<string>([chars.join('')])
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`)
  grams.delete('')
  return [...grams]
}

/** HKDF gives at most 255 SHA-256 blocks per call: this many pad tokens. */
const PADS_PER_CALL = Math.floor((255 * 32) / TOKEN_BYTES)

export function createBlindIndexer(key: CryptoKey) {
  const cache = new Map<string, string>()
  async function token(field: IndexedField, normalized: string): Promise<string> {
    const message = `${field}\u001f${normalized}`
    const hit = cache.get(message)
    if (hit) return hit
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(message)))
    const t = toBase64Url(mac.subarray(0, TOKEN_BYTES))
    if (cache.size > 5000) cache.clear()
    cache.set(message, t)
    return t
  }
  // The pads' own key, made once from the index key (an HMAC under a label no field uses).
  let padKey: Promise<CryptoKey> | null = null
  const padKeyOf = () =>
    (padKey ??= crypto.subtle
      .sign('HMAC', key, utf8('pad\u001fblind-index pads'))
      .then((seed) => crypto.subtle.importKey('raw', seed, 'HKDF', false, ['deriveBits'])))
  return {
    token,
    async tokensFor(field: IndexedField, value: string): Promise<string[]> {
      if (!value.trim()) return []
      const pieces = field === 'name' ? nameGrams(value) : [normalizers[field](value)]
      return Promise.all(pieces.filter(Boolean).map((p) => token(field, p)))
    },
    /**
     * `count` filler tokens for one row, looking like real ones (same length and alphabet) and, without
     * the key, indistinguishable from them. They are pseudo-random, derived from the key, the table
     * and the row id (HKDF): storing a row again gives it the same pads, so two copies of the disk
     * taken at different times do not tell pads (which would change) from real tokens (which would
     * not). A pad equals a real token with probability 2⁻⁹⁶. One HKDF call per row, not one per pad.
     */
    async pads(table: string, rowId: string, count: number): Promise<string[]> {
      if (count <= 0) return []
      const ikm = await padKeyOf()
      const out: string[] = []
      for (let call = 0; out.length < count; call++) {
        const n = Math.min(count - out.length, PADS_PER_CALL)
        const info = utf8(`${table}\u001f${rowId}\u001f${call}`)
        const bits = new Uint8Array(
          await crypto.subtle.deriveBits(
            { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info },
            ikm,
            n * TOKEN_BYTES * 8,
          ),
        )
        for (let i = 0; i < n; i++) {
          out.push(toBase64Url(bits.subarray(i * TOKEN_BYTES, (i + 1) * TOKEN_BYTES)))
        }
      }
      return out
    },
  }
}

export type BlindIndexer = ReturnType<typeof createBlindIndexer>
