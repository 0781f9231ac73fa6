/**
 * The upload queue of the main process. Bundles are queued durably (job-store), sent one at a time
 * to the endpoint the administrator set, retried with backoff while the network or the server is
 * away, and kept with the server's receipt once accepted. Being online is not detected: the queue
 * simply tries and backs off, and the renderer can ask for "now".
 *
 * A job goes queued → sending → done (receipt kept, bytes deleted) or failed (refused for good; the
 * bytes stay so that, with the endpoint fixed, it can be retried). A restart finds every job again;
 * one caught in `sending` is queued again — the Idempotency-Key lets the server drop a duplicate.
 */
import { createHash, randomUUID } from 'node:crypto'
import type {
  UploadEnqueueResult,
  UploadFailure,
  UploadJob,
  UploadListResult,
  UploadRetryResult,
} from '../../preload/contract'
import { nextDelay, retryAfterMs, type BackoffPolicy } from './backoff'
import { systemClock, type Clock } from './clock'
import type { Send, SendResponse } from './https-send'
import type { JobStore } from './job-store'
import { classify, decodeBody, errorCode } from './outcome'

export interface EnqueueInput {
  name: string
  bytes: Uint8Array
  sha256: string
}

export interface UploadQueueDeps {
  store: JobStore
  send: Send
  /** The endpoint to use now, or null when none is set (or the stored one is not acceptable). */
  getEndpoint: () => Promise<string | null>
  clock?: Clock
  random?: () => number
  newId?: () => string
  backoff?: BackoffPolicy
  /** Told after every change of a job (for a push to the renderer, or a test). */
  onChange?: () => void
}

export interface UploadQueue {
  /** Reads the queue folder and resumes; the other methods wait for it. */
  start(): Promise<void>
  enqueue(input: EnqueueInput): Promise<UploadEnqueueResult>
  list(): Promise<UploadListResult>
  retry(id?: string): Promise<UploadRetryResult>
  /** Look again now (the endpoint changed): resumes a queue paused for want of an endpoint. */
  kick(): void
  /** Resolves once no attempt is running. */
  whenIdle(): Promise<void>
  /** No more timers or attempts (app quit, tests). */
  stop(): void
}

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const copy = (job: UploadJob): UploadJob => structuredClone(job)

export function createUploadQueue(deps: UploadQueueDeps): UploadQueue {
  const clock = deps.clock ?? systemClock
  const random = deps.random ?? Math.random
  const newId = deps.newId ?? randomUUID
  const jobs = new Map<string, UploadJob>()
  const iso = (ms = clock.now()): string => new Date(ms).toISOString()

  let loaded: Promise<void> | null = null
  let timer: unknown = null
  let pumping: Promise<void> | null = null
  let again = false
  let paused = false
  let stopped = false
  // Job files are written one after another, so a later state never lands before an earlier one.
  let writes: Promise<void> = Promise.resolve()

  const changed = (): void => deps.onChange?.()

  function persist(job: UploadJob): Promise<void> {
    const snapshot = copy(job)
    const write = writes.then(() => deps.store.saveJob(snapshot))
    writes = write.catch(() => undefined)
    return write
  }

  function start(): Promise<void> {
    loaded ??= (async () => {
      for (const job of await deps.store.loadAll()) {
        if (job.state === 'sending') {
          // Interrupted mid-send by a quit or crash: send again now.
          job.state = 'queued'
          job.nextAttemptAt = iso()
          await persist(job)
        }
        jobs.set(job.id, job)
      }
      kick()
    })()
    return loaded
  }

  function schedule(): void {
    if (timer !== null) clock.clearTimer(timer)
    timer = null
    if (stopped || paused) return
    const due = [...jobs.values()]
      .filter((j) => j.state === 'queued' && j.nextAttemptAt !== null)
      .map((j) => Date.parse(j.nextAttemptAt as string))
    if (due.length === 0) return
    const wait = Math.max(0, Math.min(...due) - clock.now())
    timer = clock.setTimer(() => {
      timer = null
      kick()
    }, wait)
  }

  function nextDue(): UploadJob | undefined {
    const now = clock.now()
    return [...jobs.values()]
      .filter((j) => j.state === 'queued' && j.nextAttemptAt !== null && Date.parse(j.nextAttemptAt) <= now)
      .sort((a, b) => Date.parse(a.nextAttemptAt as string) - Date.parse(b.nextAttemptAt as string))[0]
  }

  async function finish(job: UploadJob, update: Partial<UploadJob>): Promise<void> {
    Object.assign(job, update)
    await persist(job)
    changed()
  }

  async function backOff(job: UploadJob, failure: UploadFailure, retryAfter: number | null): Promise<void> {
    const delay = nextDelay(job.attempts, retryAfter, random, deps.backoff)
    await finish(job, { state: 'queued', lastError: failure, nextAttemptAt: iso(clock.now() + delay) })
  }

  async function answered(job: UploadJob, response: SendResponse): Promise<void> {
    const at = iso()
    const { body, truncated } = decodeBody(response)
    const outcome = classify(response.status)
    if (outcome === 'done') {
      await finish(job, {
        state: 'done',
        nextAttemptAt: null,
        lastError: null,
        receipt: { status: response.status, body, truncated, receivedAt: at },
      })
      // The district has the bundle; the copy was only kept to send it.
      await deps.store.removeBundle(job.id)
      return
    }
    const failure: UploadFailure = { kind: 'http', status: response.status, body, truncated, at }
    if (outcome === 'retry') await backOff(job, failure, retryAfterMs(response.retryAfter, clock.now()))
    else await finish(job, { state: 'failed', nextAttemptAt: null, lastError: failure })
  }

  async function attempt(job: UploadJob, endpoint: string): Promise<void> {
    await finish(job, { state: 'sending', attempts: job.attempts + 1, lastAttemptAt: iso() })
    let bytes: Uint8Array
    try {
      bytes = await deps.store.readBundle(job.id)
    } catch {
      await finish(job, {
        state: 'failed',
        nextAttemptAt: null,
        lastError: { kind: 'local', code: 'bundle-missing', at: iso() },
      })
      return
    }
    let response: SendResponse
    try {
      response = await deps.send({ url: endpoint, bytes, sha256: job.sha256, idempotencyKey: job.id })
    } catch (error) {
      await backOff(job, { kind: 'network', code: errorCode(error), at: iso() }, null)
      return
    }
    await answered(job, response)
  }

  async function pump(): Promise<void> {
    do {
      again = false
      const endpoint = await deps.getEndpoint()
      if (endpoint === null) {
        // Nothing to send to: wait for kick() (the endpoint being set), not for a timer.
        paused = true
        break
      }
      paused = false
      for (let job = nextDue(); job && !stopped; job = nextDue()) {
        try {
          await attempt(job, endpoint)
        } catch (error) {
          // The disk refused a job file: leave the job queued for the next round.
          console.error('upload: could not record an attempt', errorCode(error))
          if (job.state === 'sending') job.state = 'queued'
          job.nextAttemptAt = iso(clock.now() + nextDelay(job.attempts, null, random, deps.backoff))
        }
      }
    } while (again && !stopped)
  }

  function kick(): void {
    if (stopped || loaded === null) return
    paused = false
    if (pumping) {
      again = true
      return
    }
    pumping = pump()
      .catch((error: unknown) => console.error('upload: queue stopped on an error', errorCode(error)))
      .finally(() => {
        pumping = null
        schedule()
      })
  }

  return {
    start,

    async enqueue({ name, bytes, sha256 }) {
      await start()
      if ((await deps.getEndpoint()) === null) return { status: 'not-configured' }
      if (sha256Hex(bytes) !== sha256) return { status: 'hash-mismatch' }
      const job: UploadJob = {
        id: newId(),
        name,
        sha256,
        size: bytes.byteLength,
        createdAt: iso(),
        state: 'queued',
        attempts: 0,
        nextAttemptAt: iso(),
        lastAttemptAt: null,
        lastError: null,
        receipt: null,
      }
      // Bytes first: a job file never names bytes that are not on disk.
      await deps.store.saveBundle(job.id, bytes)
      await persist(job)
      jobs.set(job.id, job)
      changed()
      kick()
      return { status: 'queued', job: copy(job) }
    },

    async list() {
      await start()
      const all = [...jobs.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map(copy)
      return { configured: (await deps.getEndpoint()) !== null, jobs: all }
    },

    async retry(id) {
      await start()
      const targets = [...jobs.values()].filter((j) =>
        id === undefined
          ? j.state === 'queued'
          : j.id === id && (j.state === 'queued' || j.state === 'failed'),
      )
      for (const job of targets) {
        job.state = 'queued'
        job.nextAttemptAt = iso()
        await persist(job)
      }
      if (targets.length > 0) changed()
      kick()
      return { retried: targets.length }
    },

    kick,

    async whenIdle() {
      while (pumping) await pumping
      await writes
    },

    stop() {
      stopped = true
      if (timer !== null) clock.clearTimer(timer)
      timer = null
    },
  }
}
