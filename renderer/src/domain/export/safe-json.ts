/**
 * JSON from an untrusted bundle. Before JSON.parse sees the text, one pass over it refuses nesting
 * deeper than MAX_JSON_DEPTH (so nothing downstream can be driven into deep recursion); during the
 * parse a reviver refuses the keys that could reach an object's prototype chain if any later code
 * copied the value with a spread or Object.assign.
 */
import { BundleError } from './bundle-errors'

export const MAX_JSON_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const decoder = new TextDecoder('utf-8', { fatal: true })

/** Depth of brackets outside strings; stops at the first level beyond `max`. */
function exceedsDepth(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}

export function parseUntrustedJson(bytes: Uint8Array, path: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    throw new BundleError('json-invalid', { path })
  }
  if (exceedsDepth(text, maxDepth)) throw new BundleError('json-too-deep', { path, max: maxDepth })
  let forbidden: string | null = null
  let value: unknown
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key
      return v
    })
  } catch {
    throw new BundleError('json-invalid', { path })
  }
  if (forbidden !== null) throw new BundleError('json-forbidden-key', { path, key: forbidden })
  return value
}
