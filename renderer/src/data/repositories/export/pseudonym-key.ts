/**
 * The organisation's pseudonym key: an HMAC key derived from the workspace's blind-index key under a
 * label of its own, so it is stable for the life of the workspace (password changes re-wrap keys,
 * never replace them) and unrelated to any search token. Pseudonyms made with it are the same in
 * every export of this organisation and mean nothing to anyone without it.
 */
import type { KeyedHash } from '../../../domain/export/deidentify'
import { utf8 } from '../../crypto/bytes'

const LABEL = 'mediation-room/export-pseudonyms/v1'

export async function createPseudonymHash(indexKey: CryptoKey): Promise<KeyedHash> {
  const raw = new Uint8Array(await crypto.subtle.sign('HMAC', indexKey, utf8(LABEL)))
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  raw.fill(0)
  return async (message) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(message)))
    let hex = ''
    for (const b of mac) hex += b.toString(16).padStart(2, '0')
    return hex.toUpperCase()
  }
}
