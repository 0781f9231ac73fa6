/**
 * The app's Worker opener (platform/bundle-reader) over a stand-in worker that runs the real worker
 * code (`serveBundleReader`) in this thread, every message passing through structuredClone — with
 * the bundle's buffer transferred — as between threads. It opens and imports a bundle exactly as
 * reading on this thread does, turns the worker's refusals back into the same BundleErrors, and
 * terminates the worker on Cancel, at the time limit, on failure and when done. (The real Worker runs
 * in Chromium in tests/e2e/export.spec.ts.)
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { BundleError } from '../../../renderer/src/domain/export/bundle-errors'
import { BUNDLE_LIMITS } from '../../../renderer/src/domain/export/bundle-schema'
import { openBundle } from '../../../renderer/src/domain/export/bundle-session'
import { trustedSigners, type TrustedSigners } from '../../../renderer/src/domain/export/certificate'
import { signingPort } from '../../../renderer/src/output/signing'
import {
  createWorkerOpener,
  serveBundleReader,
  type FromReader,
  type ReaderPort,
  type ReaderWorker,
  type ToReader,
} from '../../../renderer/src/platform/bundle-reader'
import { bundleFixture, type BundleFixture } from '../../builders/bundles'
import { districtCounts, districtWorkspace, exportFrom, roomWorkspace } from '../../builders/export'
import { TEST_KDF } from '../../builders/session'
import { craftZip, honest, zeroBomb } from '../../builders/zip-crafted'

/** A worker in this thread: the real host code behind structured-clone message passing. */
class InThreadWorker implements ReaderWorker {
  onmessage: ((event: { data: FromReader }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  onmessageerror: ((event: unknown) => void) | null = null
  terminated = false
  readonly received: ToReader['kind'][] = []
  private readonly port: ReaderPort

  constructor(private readonly answer = true) {
    const port: ReaderPort = {
      onmessage: null,
      postMessage: (message) => {
        const copy = structuredClone(message)
        setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }), 0)
      },
    }
    this.port = port
    serveBundleReader(port)
  }

  postMessage(message: ToReader, transfer: Transferable[]): void {
    if (this.terminated) throw new Error('posted to a terminated worker')
    const copy = structuredClone(message, { transfer })
    this.received.push(copy.kind)
    // A worker that never answers: stuck inside one long step, as only termination can stop.
    if (this.answer) setTimeout(() => !this.terminated && this.port.onmessage?.({ data: copy }), 0)
  }

  terminate(): void {
    this.terminated = true
  }
}

let fixture: BundleFixture
let trusted: TrustedSigners
const workers: InThreadWorker[] = []
const opener = (answer = true, grace = 5_000) =>
  createWorkerOpener(() => {
    const worker = new InThreadWorker(answer)
    workers.push(worker)
    return worker
  }, grace)

beforeAll(async () => {
  const room = await roomWorkspace({ cases: 7 })
  fixture = await bundleFixture((await exportFrom(room)).bytes)
  trusted = trustedSigners([fixture.identity.certificatePem])
})

afterEach(() => {
  vi.useRealTimers()
  workers.length = 0
})

describe('opening a bundle in the worker', () => {
  it('gives what reading on this thread gives, case files included, and ends the worker when closed', async () => {
    const here = await openBundle(new Uint8Array(fixture.bytes), { trusted })
    const bytes = new Uint8Array(fixture.bytes)
    const progress: [number, number][] = []
    const session = await opener()(bytes, {
      trusted,
      onProgress: (done, total) => progress.push([done, total]),
    })
    // The bytes went to the worker, not a copy of them.
    expect(bytes.byteLength).toBe(0)
    expect(session.bundle).toEqual(here.bundle)
    for (const path of session.bundle.caseFiles) {
      expect(await session.casesFile(path)).toEqual(await here.casesFile(path))
    }
    const total = progress.at(-1)?.[1] as number
    expect(progress.at(-1)).toEqual([total, total])
    const dones = progress.map(([done]) => done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    expect(workers[0]?.terminated).toBe(false)
    session.close()
    expect(workers[0]?.terminated).toBe(true)
  })

  it('hands back the worker’s refusal as the same BundleError, and ends the worker', async () => {
    const bomb = zeroBomb(2 ** 30)
    const zip = craftZip(
      [...fixture.entries].map(([name, data]) =>
        name === 'manifest.json'
          ? { name, data: bomb.data, method: 8 as const, declaredSize: data.length }
          : honest(name, data),
      ),
    )
    const refusal = await opener()(zip, { trusted }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(refusal).toBeInstanceOf(BundleError)
    expect(refusal).toMatchObject({ code: 'inflate-overrun', params: { path: 'manifest.json' } })
    await expect(opener()(new Uint8Array(fixture.bytes), { trusted: new Map() })).rejects.toMatchObject({
      code: 'unknown-signer',
    })
    expect(workers.map((w) => w.terminated)).toEqual([true, true])
  })

  it('Cancel terminates a worker that is stuck, at once', async () => {
    const controller = new AbortController()
    const opening = opener(false)(new Uint8Array(fixture.bytes), { trusted, signal: controller.signal })
    controller.abort()
    await expect(opening).rejects.toMatchObject({ code: 'cancelled' })
    expect(workers[0]?.terminated).toBe(true)
  })

  it('the time limit terminates a worker that never answers', async () => {
    vi.useFakeTimers()
    const limits = { ...BUNDLE_LIMITS, maxReadSeconds: 2 }
    const opening = opener(false, 1_000)(new Uint8Array(fixture.bytes), { trusted, limits })
    const outcome = opening.then(
      () => null,
      (e: unknown) => e,
    )
    await vi.advanceTimersByTimeAsync(2_999)
    expect(workers[0]?.terminated).toBe(false)
    await vi.advanceTimersByTimeAsync(2)
    expect(await outcome).toMatchObject({ code: 'time-limit', params: { seconds: 2 } })
    expect(workers[0]?.terminated).toBe(true)
  })

  it('a worker that fails is ended, and the open fails (not as a refusal)', async () => {
    const opening = opener(false)(new Uint8Array(fixture.bytes), { trusted })
    workers[0]?.onerror?.(new Event('error'))
    const error = await opening.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toBeInstanceOf(BundleError)
    expect(workers[0]?.terminated).toBe(true)
  })
})

describe('a district importing through the worker', () => {
  it('imports, reading the case files over the channel inside the one transaction', async () => {
    const district = await districtWorkspace()
    const repos = createRepositories(district.db, district.session, {
      kdfCost: TEST_KDF,
      signing: signingPort,
      openBundle: opener(),
    })
    await repos.district.registerRoom({ name: '测试调解室', certificatePem: fixture.identity.certificatePem })
    const result = await repos.district.importBundle(new Uint8Array(fixture.bytes), 'room.zip')
    expect(result).toMatchObject({ status: 'imported', summary: { added: 7, updated: 0, unchanged: 0 } })
    expect(await districtCounts(district.db)).toEqual({ cases: 7, imports: 1 })
    expect(workers[0]?.received).toEqual(['open', 'cases'])
    expect(workers[0]?.terminated).toBe(true)
    // Cancelled while being read: refused (and audited) as cancelled, nothing more stored.
    const controller = new AbortController()
    const again = repos.district.importBundle(new Uint8Array(fixture.bytes), 'again.zip', {
      signal: controller.signal,
    })
    controller.abort()
    await expect(again).rejects.toMatchObject({ code: 'cancelled' })
    expect(workers[1]?.terminated).toBe(true)
    expect(await districtCounts(district.db)).toEqual({ cases: 7, imports: 1 })
  })
})
