/**
 * The `upload:*` channels as main registers them: real handlers over a real queue folder and
 * settings file, reached through registerHandlers with the sender check and the zod parse.
 */
import * as fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { contract, type Operation } from '../../preload/contract'
import { makeUploadHandlers } from '../../main/ipc/handlers/upload'
import { registerHandlers, type Handlers } from '../../main/ipc/register'
import type { UploadQueue } from '../../main/upload/queue'
import { createUploadSettingsStore } from '../../main/upload/settings-store'
import { testAdmin, type TestAdmin } from './support/admin-grant'
import { invokeEvent } from './support/fakes'
import {
  selfSignedCertificate,
  startHttpsServer,
  type Certificate,
  type TestServer,
} from './support/https-server'
import { manualClock } from './support/manual-clock'
import { bundleBytes, makeQueue, sha256 } from './support/upload-fixtures'

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

const APP_URL = 'app://mediation/index.html'
const mainContents = { id: 1 }
const otherContents = { id: 2 }

let cert: Certificate
let userData: string
let server: TestServer
let queue: UploadQueue
let invokers: Map<string, Invoke>
let admin: TestAdmin
let grant: Awaited<ReturnType<TestAdmin['grant']>>

beforeAll(() => {
  cert = selfSignedCertificate()
})

beforeEach(async () => {
  userData = await fsp.mkdtemp(join(tmpdir(), 'upload-ipc-'))
  server = await startHttpsServer(cert, () => ({
    status: 201,
    headers: { 'content-type': 'application/json' },
    body: '{"receipt":"R-1"}',
  }))
  const settings = createUploadSettingsStore(join(userData, 'upload-settings.json'))
  queue = makeQueue({
    dir: join(userData, 'upload-queue'),
    clock: manualClock(),
    ca: cert.cert,
    getEndpoint: () => settings.endpoint(),
  })
  await queue.start()
  admin = await testAdmin(userData)
  grant = await admin.grant('upload')
  const handlers = {
    ...Object.fromEntries(Object.keys(contract).map((op) => [op, vi.fn()])),
    ...makeUploadHandlers({ queue, settings, adminKeys: admin.keys }),
  } as unknown as Handlers
  invokers = new Map()
  const ipcMain = {
    handle: (channel: string, listener: Invoke) => invokers.set(channel, listener),
  } as unknown as Pick<IpcMain, 'handle'>
  registerHandlers(ipcMain, (sender: WebContents) => sender.id === mainContents.id, handlers)
})

afterEach(async () => {
  queue.stop()
  await queue.whenIdle()
  await server.close()
  await fsp.rm(userData, { recursive: true, force: true })
})

function call(op: Operation, payload: unknown, sender = mainContents, frame: string | null = APP_URL) {
  const listener = invokers.get(contract[op].channel)
  if (!listener) throw new Error(`no handler for ${op}`)
  return listener(invokeEvent(sender, frame), payload)
}

const settingsFile = () => join(userData, 'upload-settings.json')
const exists = (path: string) =>
  fsp.access(path).then(
    () => true,
    () => false,
  )

describe('upload over IPC', () => {
  it('the administrator sets the endpoint, a bundle is queued, sent, and listed with its receipt', async () => {
    expect(await call('uploadSettingsGet', {})).toEqual({ endpoint: null })
    expect(await call('uploadSettingsSet', { endpoint: server.url, grant })).toEqual({
      status: 'saved',
      endpoint: server.url,
    })
    expect(await call('uploadSettingsGet', {})).toEqual({ endpoint: server.url })

    const bytes = bundleBytes()
    const queued = (await call('uploadEnqueue', {
      name: 'export.zip',
      bytes,
      sha256: sha256(bytes),
      grant,
    })) as {
      status: string
    }
    expect(queued.status).toBe('queued')
    await queue.whenIdle()
    const list = (await call('uploadList', {})) as {
      configured: boolean
      jobs: Array<Record<string, unknown>>
    }
    expect(list.configured).toBe(true)
    expect(list.jobs).toHaveLength(1)
    expect(list.jobs[0]).toMatchObject({
      name: 'export.zip',
      state: 'done',
      receipt: { body: { receipt: 'R-1' } },
    })
    expect(server.received).toHaveLength(1)
  })

  it('refuses an http:// endpoint and one with credentials: nothing stored', async () => {
    for (const endpoint of ['http://127.0.0.1:1/upload', 'https://room:secret@district.example/upload']) {
      await expect(call('uploadSettingsSet', { endpoint, grant })).rejects.toThrow(
        'ipc: malformed payload for upload:settings:set',
      )
    }
    expect(await exists(settingsFile())).toBe(false)
  })

  it('refuses another sender before doing anything', async () => {
    await expect(call('uploadSettingsSet', { endpoint: server.url, grant }, otherContents)).rejects.toThrow(
      'ipc: refused sender',
    )
    await expect(
      call('uploadSettingsSet', { endpoint: server.url, grant }, mainContents, 'https://evil.example/'),
    ).rejects.toThrow('ipc: refused sender')
    expect(await exists(settingsFile())).toBe(false)

    await call('uploadSettingsSet', { endpoint: server.url, grant })
    const bytes = bundleBytes()
    await expect(
      call('uploadEnqueue', { name: 'a.zip', bytes, sha256: sha256(bytes), grant }, otherContents),
    ).rejects.toThrow('ipc: refused sender')
    await expect(call('uploadList', {}, otherContents)).rejects.toThrow('ipc: refused sender')
    expect(((await call('uploadList', {})) as { jobs: unknown[] }).jobs).toEqual([])
  })

  it('refuses a malformed bundle without queueing it', async () => {
    await call('uploadSettingsSet', { endpoint: server.url, grant })
    const bytes = bundleBytes()
    for (const payload of [
      { name: '../../evil.zip', bytes, sha256: sha256(bytes), grant },
      { name: 'a.zip', bytes: Array.from(bytes), sha256: sha256(bytes), grant },
      { name: 'a.zip', bytes, sha256: 'not-a-hash', grant },
      { name: 'a.zip', bytes, sha256: sha256(bytes) },
    ]) {
      await expect(call('uploadEnqueue', payload)).rejects.toThrow(
        'ipc: malformed payload for upload:enqueue',
      )
    }
    expect(((await call('uploadList', {})) as { jobs: unknown[] }).jobs).toEqual([])
    expect(await fsp.readdir(join(userData, 'upload-queue'))).toEqual([])
  })

  it('a new endpoint retries the waiting jobs at once', async () => {
    const bytes = bundleBytes()
    const down = await startHttpsServer(cert, () => ({ status: 503 }))
    await call('uploadSettingsSet', { endpoint: down.url, grant })
    await call('uploadEnqueue', { name: 'a.zip', bytes, sha256: sha256(bytes), grant })
    await queue.whenIdle()
    await down.close()
    expect(((await call('uploadList', {})) as { jobs: Array<{ state: string }> }).jobs[0]?.state).toBe(
      'queued',
    )

    await call('uploadSettingsSet', { endpoint: server.url, grant })
    await queue.whenIdle()
    expect(((await call('uploadList', {})) as { jobs: Array<{ state: string }> }).jobs[0]?.state).toBe('done')
  })

  it('changes nothing without a valid administrator grant: missing, forged or expired', async () => {
    for (const bad of [
      await admin.forged('upload'),
      await admin.grant('backup'),
      await admin.grant('upload', -1),
    ]) {
      expect(await call('uploadSettingsSet', { endpoint: server.url, grant: bad })).toEqual({
        status: 'not-allowed',
      })
      const bytes = bundleBytes()
      expect(
        await call('uploadEnqueue', { name: 'a.zip', bytes, sha256: sha256(bytes), grant: bad }),
      ).toEqual({
        status: 'not-allowed',
      })
    }
    expect(await exists(settingsFile())).toBe(false)
    expect(((await call('uploadList', {})) as { jobs: unknown[] }).jobs).toEqual([])
  })

  it('never queues an identified bundle: it would wait readable in the queue folder', async () => {
    await call('uploadSettingsSet', { endpoint: server.url, grant })
    const { strToU8, zipSync } = await import('fflate')
    const marker = '张三丰-110101199003077777'
    const identified = zipSync(
      {
        'manifest.json': strToU8(JSON.stringify({ identified: true })),
        'cases/000001.json': strToU8(JSON.stringify([{ name: marker }])),
      },
      { level: 0 },
    )
    expect(
      await call('uploadEnqueue', {
        name: 'named.zip',
        bytes: identified,
        sha256: sha256(identified),
        grant,
      }),
    ).toEqual({ status: 'identified' })
    expect(await fsp.readdir(join(userData, 'upload-queue'))).toEqual([])
  })

  it('retry takes a job id or nothing', async () => {
    expect(await call('uploadRetry', {})).toEqual({ retried: 0 })
    expect(await call('uploadRetry', { id: '4f9d6a3c-2b1e-4c5d-9e8f-0a1b2c3d4e5f' })).toEqual({ retried: 0 })
    await expect(call('uploadRetry', { id: '../x' })).rejects.toThrow(
      'ipc: malformed payload for upload:retry',
    )
  })
})
