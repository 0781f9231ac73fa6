/**
 * Blind-index tokens: a keyed HMAC of a normalised value, so exact values and name fragments can be
 * looked up through an IndexedDB multi-entry index without storing them. Without the index key the
 * tokens say nothing; with it, equal values give equal tokens (that is the point, and the leak).
 */
import { toBase64Url, utf8 } from './bytes'

export type IndexedField = 'name' | 'id' | 'phone' | 'word'

export const normalizers: Record<IndexedField, (v: string) => string> = {
  name: (v) => v.normalize('NFKC').replace(/\s+/g, '').toLowerCase(),
  id: (v) => v.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
  phone: (v) => v.replace(/\D/g, ''),
  word: (v) => v.normalize('NFKC').toLowerCase(),
}

/** Every 1- and 2-character piece of a name, plus the whole name: fragments of 1–2 characters hit directly. */
export function nameGrams(name: string): string[] {
  const chars = [...normalizers.name(name)]
  const grams = new Set<string>([chars.join('')])
  chars.forEach((c, i) => {
    grams.add(c)
    const next = chars[i + 1]
    if (next) grams.add(c + next)
  })
  grams.delete('')
  return [...grams]
}

export function createBlindIndexer(key: CryptoKey) {
  const cache = new Map<string, string>()
  async function token(field: IndexedField, normalized: string): Promise<string> {
    const message = `${field}\u001f${normalized}`
    const hit = cache.get(message)
    if (hit) return hit
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(message)))
    const t = toBase64Url(mac.subarray(0, 12))
    if (cache.size > 5000) cache.clear()
    cache.set(message, t)
    return t
  }
  return {
    token,
    async tokensFor(field: IndexedField, value: string): Promise<string[]> {
      if (!value.trim()) return []
      const pieces = field === 'name' ? nameGrams(value) : [normalizers[field](value)]
      return Promise.all(pieces.filter(Boolean).map((p) => token(field, p)))
    },
  }
}

export type BlindIndexer = ReturnType<typeof createBlindIndexer>
