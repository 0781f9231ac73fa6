/** Shared pieces of the upload tests: a queue on a temporary folder, bundles with markers. */
import { createHash, randomBytes } from 'node:crypto'
import { strToU8, zipSync } from 'fflate'
import { createJobStore } from '../../../main/upload/job-store'
import { makeHttpsSend, type Send } from '../../../main/upload/https-send'
import { createUploadQueue, type UploadQueue } from '../../../main/upload/queue'
import type { ManualClock } from './manual-clock'

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A marker that must never leave the bundle's own bytes (ASCII and Chinese). */
export const MARKERS = ['BUNDLE-CONTENT-MARKER-5c1e9a', '当事人张三丰机密标记'] as const

/**
 * A de-identified bundle as far as main can tell (a zip whose manifest says `identified: false`),
 * carrying the markers among random bytes, stored uncompressed so they stand in the file as written.
 */
export function bundleBytes(): Uint8Array {
  const content = Buffer.concat([randomBytes(512), Buffer.from(MARKERS.join('|'), 'utf8'), randomBytes(512)])
  return zipSync(
    {
      'manifest.json': strToU8(JSON.stringify({ format: 'mediation-room-bundle', identified: false })),
      'cases/000001.json': new Uint8Array(content),
    },
    { level: 0 },
  )
}

export interface QueueOptions {
  dir: string
  clock: ManualClock
  getEndpoint: () => Promise<string | null>
  ca?: string
  send?: Send
  random?: () => number
}

export function makeQueue(options: QueueOptions): UploadQueue {
  return createUploadQueue({
    store: createJobStore(options.dir),
    send: options.send ?? makeHttpsSend(options.ca === undefined ? {} : { ca: options.ca }),
    getEndpoint: options.getEndpoint,
    clock: options.clock,
    // 0.5 is the middle of the jitter: delays are exactly 30 s, 60 s, …
    random: options.random ?? (() => 0.5),
  })
}
