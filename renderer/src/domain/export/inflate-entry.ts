/**
 * Inflating one entry that `listZip` accepted, with fflate's streaming `Inflate`: the compressed
 * bytes are pushed in small chunks into a buffer of the entry's declared size, and inflation stops
 * the moment output would pass that size (`inflate-overrun`) — so a few megabytes that claim to be
 * a small file and inflate to gigabytes cost at most one chunk's worth of work, never the gigabytes.
 * The caller passes a maximum for the kind of entry (a signature is at most 1 KB): a declared size
 * beyond it is refused before anything is inflated. Fewer bytes than declared come back as they are
 * (shorter), for the caller's size or hash check to refuse.
 */
import { Inflate } from 'fflate'
import { BundleError } from './bundle-errors'
import type { ReadBudget } from './read-budget'
import type { ZipEntryInfo } from './zip-reader'

/**
 * Compressed bytes per push. DEFLATE expands at most ~1032:1, so one push of n bytes yields at most
 * ~1 MB per KB: the chunk follows what the entry may still produce (a small entry gets small
 * chunks), between 1 KB and 16 KB (≤ ~16 MB of output per push, whatever the input).
 */
function chunkFor(remaining: number): number {
  return Math.min(16_384, Math.max(1024, Math.ceil(remaining / 1024)))
}

export function inflateEntry(
  zip: Uint8Array,
  entry: ZipEntryInfo,
  max: number,
  budget: ReadBudget,
): Uint8Array {
  const path = entry.name
  if (entry.size > max) throw new BundleError('entry-too-large', { path, size: entry.size, max })
  budget.check()
  const source = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  if (entry.compression === 0) {
    budget.inflated(path, source.length)
    return source.slice()
  }
  const out = new Uint8Array(entry.size)
  let produced = 0
  let overrun = false
  const inflater = new Inflate((chunk) => {
    if (overrun || produced + chunk.length > out.length) {
      overrun = true
      return
    }
    out.set(chunk, produced)
    produced += chunk.length
  })
  let at = 0
  do {
    budget.check()
    const end = Math.min(source.length, at + chunkFor(out.length - produced))
    const before = produced
    try {
      inflater.push(source.subarray(at, end), end === source.length)
    } catch {
      throw new BundleError('zip-corrupt')
    }
    if (overrun) throw new BundleError('inflate-overrun', { path, size: entry.size })
    budget.inflated(path, produced - before)
    at = end
  } while (at < source.length)
  return produced === out.length ? out : out.subarray(0, produced)
}
