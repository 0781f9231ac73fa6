/**
 * The upload queue against a real local HTTPS server (self-signed certificate made with
 * node-forge), on a real folder, with a clock the test moves.
 */
import * as fsp from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { UploadJob } from '../../preload/contract'
import type { UploadQueue } from '../../main/upload/queue'
import { manualClock, type ManualClock } from './support/manual-clock'
import {
  selfSignedCertificate,
  startHttpsServer,
  type Certificate,
  type TestServer,
} from './support/https-server'
import { bundleBytes, makeQueue, MARKERS, sha256 } from './support/upload-fixtures'

let cert: Certificate
let dir: string
let clock: ManualClock
let server: TestServer | null
let endpoint: string | null
const queues: UploadQueue[] = []

beforeAll(() => {
  cert = selfSignedCertificate()
})

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'upload-queue-'))
  clock = manualClock()
  server = null
  endpoint = null
})

afterEach(async () => {
  for (const queue of queues.splice(0)) {
    queue.stop()
    await queue.whenIdle()
  }
  await server?.close()
  await fsp.rm(dir, { recursive: true, force: true })
})

function queue(options: Partial<Parameters<typeof makeQueue>[0]> = {}): UploadQueue {
  const q = makeQueue({ dir, clock, ca: cert.cert, getEndpoint: () => Promise.resolve(endpoint), ...options })
  queues.push(q)
  return q
}

async function serve(reply: TestServer['reply']): Promise<TestServer> {
  server = await startHttpsServer(cert, reply)
  endpoint = server.url
  return server
}

async function onlyJob(q: UploadQueue): Promise<UploadJob> {
  const { jobs } = await q.list()
  expect(jobs).toHaveLength(1)
  return jobs[0] as UploadJob
}

const dueIn = (job: UploadJob): number => Date.parse(job.nextAttemptAt ?? '') - clock.now()

async function enqueue(q: UploadQueue, bytes = bundleBytes()) {
  const result = await q.enqueue({ name: 'export-2026-11.zip', bytes, sha256: sha256(bytes) })
  if (result.status !== 'queued') throw new Error(`not queued: ${result.status}`)
  return { job: result.job, bytes }
}

const json = (status: number, value: unknown) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
})

describe('a server that fails first and then accepts', () => {
  it('retries with backoff (30 s, then 60 s) and keeps the receipt once accepted', async () => {
    const srv = await serve((n) =>
      n < 2 ? { status: 503, body: 'busy' } : json(201, { receipt: 'R-2026-001' }),
    )
    const q = queue()
    await q.start()
    const { job, bytes } = await enqueue(q)
    await q.whenIdle()

    let current = await onlyJob(q)
    expect(srv.received).toHaveLength(1)
    expect(current).toMatchObject({ state: 'queued', attempts: 1 })
    expect(current.lastError).toMatchObject({ kind: 'http', status: 503, body: 'busy' })
    expect(dueIn(current)).toBe(30_000)

    // Not a moment before its time.
    clock.advance(29_999)
    await q.whenIdle()
    expect(srv.received).toHaveLength(1)
    clock.advance(1)
    await q.whenIdle()
    current = await onlyJob(q)
    expect(srv.received).toHaveLength(2)
    expect(current).toMatchObject({ state: 'queued', attempts: 2 })
    expect(dueIn(current)).toBe(60_000)

    clock.advance(60_000)
    await q.whenIdle()
    current = await onlyJob(q)
    expect(srv.received).toHaveLength(3)
    expect(current).toMatchObject({ state: 'done', attempts: 3, nextAttemptAt: null, lastError: null })
    expect(current.receipt).toEqual({
      status: 201,
      body: { receipt: 'R-2026-001' },
      truncated: false,
      receivedAt: new Date(clock.now()).toISOString(),
    })

    // Every attempt was the same request: POST of the bytes, hash and the job id as idempotency key.
    for (const request of srv.received) {
      expect(request.method).toBe('POST')
      expect(request.url).toBe('/api/bundles')
      expect(request.headers['content-type']).toBe('application/zip')
      expect(request.headers['x-bundle-sha256']).toBe(sha256(bytes))
      expect(request.headers['idempotency-key']).toBe(job.id)
      expect(new Uint8Array(request.body)).toEqual(bytes)
    }

    // Done: the receipt is on disk, the bytes are gone, and nothing is scheduled.
    expect(await fsp.readdir(dir)).toEqual([`${job.id}.json`])
    const stored = JSON.parse(await fsp.readFile(join(dir, `${job.id}.json`), 'utf8')) as UploadJob
    expect(stored).toEqual(current)
    expect(clock.nextTimerIn()).toBeNull()
  })

  it('honours a longer Retry-After', async () => {
    await serve((n) => (n === 0 ? { status: 429, headers: { 'retry-after': '600' } } : json(200, {})))
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    expect(dueIn(await onlyJob(q))).toBe(600_000)
  })

  it('spreads the retries with jitter', async () => {
    await serve(() => ({ status: 503 }))
    const q = queue({ random: () => 0 })
    await enqueue(q)
    await q.whenIdle()
    expect(dueIn(await onlyJob(q))).toBe(24_000)
  })

  it.each([408, 429, 500, 502, 503, 504])('retries after %i', async (status) => {
    await serve(() => ({ status }))
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    expect(await onlyJob(q)).toMatchObject({ state: 'queued', attempts: 1, lastError: { status } })
    expect(clock.nextTimerIn()).toBe(30_000)
  })
})

describe('refusals for good', () => {
  it('a 400 marks the job failed: no more attempts, bytes kept, and "retry" sends it again', async () => {
    const srv = await serve((n) =>
      n === 0 ? json(400, { error: 'manifest-invalid' }) : json(201, { ok: 1 }),
    )
    const q = queue()
    const { job } = await enqueue(q)
    await q.whenIdle()

    const failed = await onlyJob(q)
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, nextAttemptAt: null, receipt: null })
    expect(failed.lastError).toMatchObject({ kind: 'http', status: 400, body: { error: 'manifest-invalid' } })
    clock.advance(24 * 3600_000)
    await q.whenIdle()
    expect(srv.received).toHaveLength(1)
    expect(clock.nextTimerIn()).toBeNull()
    expect((await fsp.readdir(dir)).sort()).toEqual([`${job.id}.json`, `${job.id}.zip`])

    expect(await q.retry(job.id)).toEqual({ retried: 1 })
    await q.whenIdle()
    expect(await onlyJob(q)).toMatchObject({ state: 'done', attempts: 2, receipt: { status: 201 } })
  })

  it.each([301, 400, 401, 403, 404, 409, 413, 422])('fails for good on %i', async (status) => {
    const srv = await serve(() => ({
      status,
      headers: status === 301 ? { location: 'https://elsewhere.example/' } : ({} as Record<string, string>),
    }))
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    expect(await onlyJob(q)).toMatchObject({ state: 'failed', lastError: { kind: 'http', status } })
    // A redirect is never followed: one request, to the configured address only.
    expect(srv.received).toHaveLength(1)
  })

  it('fails for good when the bundle bytes have vanished from disk', async () => {
    await serve(() => ({ status: 503 }))
    const q = queue()
    const { job } = await enqueue(q)
    await q.whenIdle()
    await fsp.rm(join(dir, `${job.id}.zip`))
    clock.advance(30_000)
    await q.whenIdle()
    expect(await onlyJob(q)).toMatchObject({
      state: 'failed',
      lastError: { kind: 'local', code: 'bundle-missing' },
    })
  })
})

describe('offline and TLS', () => {
  it('an unreachable server is a network failure, retried with backoff', async () => {
    const closed = await startHttpsServer(cert, () => ({ status: 200 }))
    endpoint = closed.url
    await closed.close()
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    expect(await onlyJob(q)).toMatchObject({
      state: 'queued',
      attempts: 1,
      lastError: { kind: 'network', code: 'ECONNREFUSED' },
    })
    expect(clock.nextTimerIn()).toBe(30_000)
  })

  it('a certificate the system does not trust is refused before any byte is sent, and retried', async () => {
    const srv = await serve(() => json(201, {}))
    const q = queue({ ca: undefined })
    await enqueue(q)
    await q.whenIdle()
    const job = await onlyJob(q)
    expect(job.state).toBe('queued')
    expect(job.lastError).toMatchObject({ kind: 'network' })
    expect((job.lastError as { code: string }).code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/)
    expect(srv.received).toHaveLength(0)
  })

  it('"retry now" sends a backed-off job at once', async () => {
    const srv = await serve((n) => (n === 0 ? { status: 503 } : json(201, {})))
    const q = queue()
    const { job } = await enqueue(q)
    await q.whenIdle()
    expect(await q.retry()).toEqual({ retried: 1 })
    await q.whenIdle()
    expect(srv.received.map((r) => r.headers['idempotency-key'])).toEqual([job.id, job.id])
    expect((await onlyJob(q)).state).toBe('done')
  })
})

describe('restarts', () => {
  it('a new queue on the same folder resumes a queued job at its time', async () => {
    const srv = await serve((n) => (n === 0 ? { status: 503 } : json(201, { receipt: 'after-restart' })))
    const first = queue()
    const { job } = await enqueue(first)
    await first.whenIdle()
    first.stop()

    const second = queue()
    await second.start()
    expect(await onlyJob(second)).toMatchObject({ id: job.id, state: 'queued', attempts: 1 })
    await second.whenIdle()
    expect(srv.received).toHaveLength(1)
    clock.advance(30_000)
    await second.whenIdle()
    expect(await onlyJob(second)).toMatchObject({
      state: 'done',
      attempts: 2,
      receipt: { body: { receipt: 'after-restart' } },
    })
    expect(srv.received.map((r) => r.headers['idempotency-key'])).toEqual([job.id, job.id])
  })

  it('a job caught mid-send (the app quit) is sent again at the next start', async () => {
    const srv = await serve(() => json(201, { receipt: 'resent' }))
    const hanging = queue({ send: () => new Promise(() => undefined) })
    const { job } = await enqueue(hanging)
    await waitForState(job.id, 'sending')
    hanging.stop()
    queues.splice(queues.indexOf(hanging), 1)

    const second = queue()
    await second.start()
    await second.whenIdle()
    expect(await onlyJob(second)).toMatchObject({ id: job.id, state: 'done', attempts: 2 })
    expect(srv.received).toHaveLength(1)
  })

  it('cleans leftovers of an interrupted write and keeps unreadable job files for a person to see', async () => {
    await fsp.writeFile(join(dir, '0b5e9f0e-1111-4222-8333-444455556666.zip'), 'orphan bytes')
    await fsp.writeFile(join(dir, '.x.json.abcdef.tmp'), 'half a job')
    await fsp.writeFile(join(dir, '9c0e9f0e-1111-4222-8333-444455556666.json'), '{ not json')
    await fsp.writeFile(join(dir, '9c0e9f0e-1111-4222-8333-444455556666.zip'), 'kept bytes')
    const q = queue()
    await q.start()
    expect((await q.list()).jobs).toEqual([])
    expect((await fsp.readdir(dir)).sort()).toEqual([
      '9c0e9f0e-1111-4222-8333-444455556666.json',
      '9c0e9f0e-1111-4222-8333-444455556666.zip',
    ])
  })
})

describe('the endpoint', () => {
  it('without one, nothing is queued', async () => {
    const q = queue()
    const bytes = bundleBytes()
    expect(await q.enqueue({ name: 'a.zip', bytes, sha256: sha256(bytes) })).toEqual({
      status: 'not-configured',
    })
    expect(await fsp.readdir(dir)).toEqual([])
  })

  it('a hash that does not match the bytes is refused, nothing written', async () => {
    await serve(() => json(201, {}))
    const q = queue()
    const bytes = bundleBytes()
    expect(await q.enqueue({ name: 'a.zip', bytes, sha256: sha256(new Uint8Array([1])) })).toEqual({
      status: 'hash-mismatch',
    })
    expect(await fsp.readdir(dir)).toEqual([])
    expect(server?.received).toHaveLength(0)
  })

  it('cleared while jobs wait: the queue pauses (no timer), and resumes when one is set', async () => {
    const srv = await serve((n) => (n === 0 ? { status: 503 } : json(201, {})))
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    endpoint = null
    clock.advance(30_000)
    await q.whenIdle()
    expect(srv.received).toHaveLength(1)
    expect(clock.nextTimerIn()).toBeNull()
    expect((await q.list()).configured).toBe(false)

    endpoint = srv.url
    q.kick()
    await q.whenIdle()
    expect((await onlyJob(q)).state).toBe('done')
  })

  it('an http:// endpoint is never contacted, even if it reached the queue', async () => {
    let hits = 0
    const plain = createHttpServer((_req, res) => {
      hits++
      res.writeHead(201).end('{}')
    })
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
    try {
      endpoint = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/api/bundles`
      const q = queue()
      await enqueue(q)
      await q.whenIdle()
      expect(await onlyJob(q)).toMatchObject({
        state: 'queued',
        lastError: { kind: 'network', code: 'ERR_NOT_HTTPS' },
      })
      expect(hits).toBe(0)
    } finally {
      plain.closeAllConnections()
      await new Promise((resolve) => plain.close(resolve))
    }
  })
})

describe('what is kept on disk', () => {
  async function filesContaining(marker: string): Promise<string[]> {
    const hits: string[] = []
    for (const name of await fsp.readdir(dir)) {
      const bytes = await fsp.readFile(join(dir, name))
      if (bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'))) {
        hits.push(name)
      }
    }
    return hits
  }

  it('job files and receipts carry the name and hash, never the bundle content', async () => {
    await serve((n) => (n === 0 ? { status: 503, body: 'later' } : json(201, { receipt: 'R-9' })))
    const q = queue()
    const { job, bytes } = await enqueue(q)
    await q.whenIdle()

    // While queued the content is only in the bundle's own file (so the scan can find it).
    for (const marker of MARKERS) expect(await filesContaining(marker)).toEqual([`${job.id}.zip`])
    const base64 = Buffer.from(bytes).toString('base64').slice(0, 40)
    const jobText = await fsp.readFile(join(dir, `${job.id}.json`), 'utf8')
    expect(jobText).not.toContain(base64)
    expect(Object.keys(JSON.parse(jobText) as object).sort()).toEqual(
      [
        'attempts',
        'createdAt',
        'id',
        'lastAttemptAt',
        'lastError',
        'name',
        'nextAttemptAt',
        'receipt',
        'sha256',
        'size',
        'state',
      ].sort(),
    )

    clock.advance(30_000)
    await q.whenIdle()
    expect((await onlyJob(q)).state).toBe('done')
    for (const marker of MARKERS) expect(await filesContaining(marker)).toEqual([])
    const done = JSON.parse(await fsp.readFile(join(dir, `${job.id}.json`), 'utf8')) as UploadJob
    expect(done).toMatchObject({ name: 'export-2026-11.zip', sha256: sha256(bytes), size: bytes.byteLength })
    expect(JSON.stringify(done.receipt)).not.toContain(base64)
  })

  it('keeps at most 64 KB of an answer, marked as cut', async () => {
    await serve(() => ({
      status: 201,
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(200_000),
    }))
    const q = queue()
    await enqueue(q)
    await q.whenIdle()
    const { receipt } = await onlyJob(q)
    expect(receipt?.truncated).toBe(true)
    expect(receipt?.body).toBe('x'.repeat(64 * 1024))
  })
})

/** Waits (real time) until the job file on disk is in `state`. */
async function waitForState(id: string, state: UploadJob['state']): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      const job = JSON.parse(await fsp.readFile(join(dir, `${id}.json`), 'utf8')) as UploadJob
      if (job.state === state) return
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`job never reached ${state}`)
}
