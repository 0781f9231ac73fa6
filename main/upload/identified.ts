/**
 * Whether an export bundle carries identified data (names, numbers, addresses): read from its
 * manifest.json, which is the only entry inflated, and only when small. Such bundles are never
 * queued: a queued bundle waits in userData until it is sent — forever if sending keeps failing —
 * and must not wait there readable. A bundle whose manifest cannot be read counts as identified.
 */
import { unzipSync } from 'fflate'

const MAX_MANIFEST_BYTES = 1024 * 1024

export function isIdentifiedBundle(bytes: Uint8Array): boolean {
  try {
    const entries = unzipSync(bytes, {
      filter: (file) => file.name === 'manifest.json' && file.originalSize <= MAX_MANIFEST_BYTES,
    })
    const manifest = entries['manifest.json']
    if (!manifest) return true
    const parsed = JSON.parse(new TextDecoder().decode(manifest)) as { identified?: unknown }
    return parsed.identified !== false
  } catch {
    return true
  }
}
