/**
 * The app's way of opening a bundle: in a Web Worker, one per bundle, so nothing a bundle holds can
 * freeze the screen. The bytes are transferred (not copied) to the worker. The worker is terminated
 * — whatever it is doing, even inside one long inflation or JSON parse — when the user cancels,
 * when the read outlives the time limit (a few seconds after the worker's own deadline, which
 * refuses first with the same code when it can), when it fails, and when the import is done.
 */
import { BUNDLE_ERROR_CODES, BundleError } from '../../domain/export/bundle-errors'
import { BUNDLE_LIMITS, type BundleCase } from '../../domain/export/bundle-schema'
import type { BundleOpener, BundleSession } from '../../domain/export/bundle-session'
import type { FromReader, ReaderWorker } from './protocol'

/** Past the worker's own deadline, how long its owner waits for it to say so before stopping it. */
const GRACE_MS = 5_000

type Settle<T> = { resolve: (value: T) => void; reject: (error: Error) => void }

/** Thrown to a request still open when its session is closed. */
export class ReaderClosedError extends Error {
  constructor() {
    super('the bundle reader was closed')
    this.name = 'ReaderClosedError'
  }
}

function errorOf(message: Extract<FromReader, { kind: 'refused' | 'failed' }>): Error {
  if (message.kind === 'refused' && (BUNDLE_ERROR_CODES as readonly string[]).includes(message.code)) {
    return new BundleError(message.code, message.params)
  }
  return new Error('the bundle reader failed')
}

/** The whole buffer when the view covers it (transferable as it is), otherwise a copy of the view. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  return whole ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice()
}

export function createWorkerOpener(makeWorker: () => ReaderWorker, graceMs = GRACE_MS): BundleOpener {
  return (bytes, options) =>
    new Promise<BundleSession>((resolve, reject) => {
      const limits = options.limits ?? BUNDLE_LIMITS
      const budgetMs = limits.maxReadSeconds * 1000 + graceMs
      const timeLimit = () => new BundleError('time-limit', { seconds: limits.maxReadSeconds })
      const worker = makeWorker()
      let opening: Settle<BundleSession> | null = { resolve, reject }
      const requests = new Map<number, Settle<BundleCase[]> & { timer: ReturnType<typeof setTimeout> }>()
      let nextId = 0
      let closed = false

      const stop = (error: Error) => {
        if (closed) return
        closed = true
        worker.terminate()
        clearTimeout(openTimer)
        options.signal?.removeEventListener('abort', onAbort)
        opening?.reject(error)
        opening = null
        for (const r of requests.values()) {
          clearTimeout(r.timer)
          r.reject(error)
        }
        requests.clear()
      }
      const onAbort = () => stop(new BundleError('cancelled'))
      const openTimer = setTimeout(() => stop(timeLimit()), budgetMs)

      const session = (bundle: BundleSession['bundle']): BundleSession => ({
        bundle,
        casesFile: (path) =>
          new Promise<BundleCase[]>((resolveCases, rejectCases) => {
            if (closed) {
              rejectCases(new ReaderClosedError())
              return
            }
            const id = ++nextId
            const timer = setTimeout(() => stop(timeLimit()), budgetMs)
            requests.set(id, { resolve: resolveCases, reject: rejectCases, timer })
            worker.postMessage({ kind: 'cases', id, path }, [])
          }),
        close: () => stop(new ReaderClosedError()),
      })

      /** The request `id` answered: no longer pending, its timer stopped. */
      const settle = (id: number) => {
        const request = requests.get(id)
        requests.delete(id)
        if (request) clearTimeout(request.timer)
        return request
      }

      worker.onmessage = ({ data }) => {
        if (closed) return
        if (data.kind === 'progress') {
          options.onProgress?.(data.done, data.total)
        } else if (data.kind === 'opened') {
          clearTimeout(openTimer)
          const pending = opening
          opening = null
          pending?.resolve(session(data.bundle))
        } else if (data.kind === 'cases') {
          settle(data.id)?.resolve(data.cases)
        } else if (data.id === null) {
          stop(errorOf(data))
        } else {
          settle(data.id)?.reject(errorOf(data))
        }
      }
      worker.onerror = () => stop(new Error('the bundle reader stopped'))
      worker.onmessageerror = () => stop(new Error('the bundle reader sent an unreadable message'))

      if (options.signal?.aborted) {
        stop(new BundleError('cancelled'))
        return
      }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      const own = ownBuffer(bytes)
      worker.postMessage({ kind: 'open', bytes: own, trusted: [...options.trusted.values()], limits }, [
        own.buffer,
      ])
    })
}

/** The app's opener: a module worker Vite builds from bundle-reader.worker.ts. */
export const openBundleInWorker: BundleOpener = createWorkerOpener(
  () =>
    new Worker(new URL('./bundle-reader.worker.ts', import.meta.url), {
      type: 'module',
      name: 'bundle-reader',
    }) as unknown as ReaderWorker,
)
