import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { contract, MAX_OPEN_FILE_BYTES, type Operation } from '../../preload/contract'
import { registerHandlers, type Handlers } from '../../main/ipc/register'
import { invokeEvent } from './support/fakes'

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

const mainContents = { id: 1 }
const otherContents = { id: 2 }
const APP_URL = 'app://mediation/index.html'
const operations = Object.keys(contract) as Operation[]

const WS = '8c7e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f01'
const ID = '4f9d6a3c-2b1e-4c5d-9e8f-0a1b2c3d4e5f'
const GRANT = { workspaceId: WS, token: { payload: 'eyJ0eXBlIjoiYWRtaW4tZ3JhbnQifQ==', signature: 'AAAA' } }
const HASH = 'ab'.repeat(32)
const AT = '2026-12-03T08:00:00.000Z'
const BACKUP = 'mediation-backup-20261203-0800.mrbak'

const valid: { [K in Operation]: unknown } = {
  saveFile: { suggestedName: '调解协议书.pdf', data: new Uint8Array([1, 2, 3]) },
  openFile: { maxBytes: 1024, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
  appInfo: {},
  printPdf: { data: new TextEncoder().encode('%PDF-1.7\n'), copies: 3 },
  uploadEnqueue: { name: 'export-2026.zip', bytes: new Uint8Array([1, 2, 3]), sha256: HASH, grant: GRANT },
  uploadList: {},
  uploadRetry: { id: '4f9d6a3c-2b1e-4c5d-9e8f-0a1b2c3d4e5f' },
  uploadSettingsGet: {},
  uploadSettingsSet: { endpoint: null, grant: GRANT },
  authThrottle: { userId: 'user-1', name: 'mediator' },
  authFailure: { userId: '', name: 'nobody', reason: 'unknown-user', at: AT },
  authSuccess: { userId: 'user-1' },
  auditPending: {},
  auditPendingAck: { upTo: 3 },
  auditCheckpoint: { seq: 5, hash: HASH },
  auditAnchors: {},
  adminKeyGet: { workspaceId: WS },
  adminKeyPin: { workspaceId: WS, publicKey: 'AAAA' },
  grantRecord: { workspaceId: WS, grant: { payload: 'eyJ9', signature: 'AAAA' } },
  grantLatest: { workspaceId: WS, userId: 'user-1' },
  workspaceRecordGet: {},
  workspaceRecordPut: { workspaceId: WS, cases: 3, auditSeq: 4, auditHash: HASH, updatedAt: AT },
  workspaceRecordClear: { workspaceId: WS },
  backupFolderGet: {},
  backupFolderChoose: { grant: GRANT },
  backupList: {},
  backupPrune: { keep: 7 },
  writeBegin: { target: { kind: 'backup', name: BACKUP } },
  writeChunk: { writeId: ID, bytes: new Uint8Array([1]) },
  writeCommit: { writeId: ID },
  writeAbort: { writeId: ID },
  readBegin: { source: { kind: 'dialog', filters: [{ name: '备份', extensions: ['mrbak'] }] } },
  readChunk: { readId: ID, offset: 0, length: 1024 },
  readEnd: { readId: ID },
  systemLockWait: { after: 0 },
  fontsSystemFace: { withData: true },
  fontsChoose: { grant: GRANT },
  fontsClear: { grant: GRANT },
}

const SECRET = '张三-110101199003077777'
const malformed: { [K in Operation]: Array<[string, unknown]> } = {
  saveFile: [
    ['wrong types', { suggestedName: 42, data: 'bytes' }],
    ['extra key', { suggestedName: 'a.pdf', data: new Uint8Array(), path: '/etc/passwd' }],
    ['traversal in name', { suggestedName: '../a.pdf', data: new Uint8Array() }],
    ['folder in name', { suggestedName: 'sub/a.pdf', data: new Uint8Array() }],
    ['windows folder in name', { suggestedName: '..\\a.pdf', data: new Uint8Array() }],
    ['dot-dot name', { suggestedName: '..', data: new Uint8Array() }],
    ['personal data in a wrong field', { suggestedName: SECRET, data: [1, 2, 3] }],
    ['missing data', { suggestedName: 'a.pdf' }],
    ['null', null],
  ],
  openFile: [
    ['wrong type', { maxBytes: 'big' }],
    ['oversized maxBytes', { maxBytes: MAX_OPEN_FILE_BYTES + 1 }],
    ['negative maxBytes', { maxBytes: -1 }],
    ['fractional maxBytes', { maxBytes: 1.5 }],
    ['extra key', { maxBytes: 10, path: SECRET }],
    ['bad filter', { filters: [{ name: 'x', extensions: ['../'] }] }],
    ['string', SECRET],
  ],
  appInfo: [
    ['extra key', { name: SECRET }],
    ['null', null],
    ['array', []],
  ],
  printPdf: [
    ['not a PDF', { data: new TextEncoder().encode(SECRET), copies: 1 }],
    ['zero copies', { data: new TextEncoder().encode('%PDF-1.7'), copies: 0 }],
    ['too many copies', { data: new TextEncoder().encode('%PDF-1.7'), copies: 51 }],
    ['fractional copies', { data: new TextEncoder().encode('%PDF-1.7'), copies: 1.5 }],
    ['bytes as an array', { data: [0x25, 0x50, 0x44, 0x46, 0x2d], copies: 1 }],
    ['extra key', { data: new TextEncoder().encode('%PDF-1.7'), copies: 1, printer: SECRET }],
  ],
  uploadEnqueue: [
    ['bytes as an array', { name: 'a.zip', bytes: [1, 2, 3], sha256: 'ab'.repeat(32) }],
    ['empty bundle', { name: 'a.zip', bytes: new Uint8Array(), sha256: 'ab'.repeat(32) }],
    ['upper-case hash', { name: 'a.zip', bytes: new Uint8Array([1]), sha256: 'AB'.repeat(32) }],
    ['short hash', { name: 'a.zip', bytes: new Uint8Array([1]), sha256: 'abc' }],
    ['traversal in name', { name: '../a.zip', bytes: new Uint8Array([1]), sha256: 'ab'.repeat(32) }],
    ['extra key', { name: 'a.zip', bytes: new Uint8Array([1]), sha256: 'ab'.repeat(32), url: SECRET }],
    ['missing hash', { name: SECRET, bytes: new Uint8Array([1]), grant: GRANT }],
    ['missing grant', { name: 'a.zip', bytes: new Uint8Array([1]), sha256: HASH }],
  ],
  uploadList: [
    ['extra key', { all: SECRET }],
    ['null', null],
  ],
  uploadRetry: [
    ['id not a uuid', { id: SECRET }],
    ['id as a number', { id: 7 }],
    ['extra key', { id: undefined, force: true }],
  ],
  uploadSettingsGet: [
    ['extra key', { endpoint: SECRET }],
    ['string', SECRET],
  ],
  uploadSettingsSet: [
    ['http endpoint', { endpoint: 'http://district.example/upload' }],
    ['credentials in the URL', { endpoint: `https://user:${SECRET}@district.example/upload` }],
    ['not a URL', { endpoint: SECRET }],
    ['file URL', { endpoint: 'file:///etc/passwd' }],
    ['missing endpoint', {}],
    ['extra key', { endpoint: null, ca: SECRET, grant: GRANT }],
    ['missing grant', { endpoint: null }],
    ['grant of another shape', { endpoint: null, grant: { token: SECRET } }],
  ],
  authThrottle: [
    ['a name too long to be one', { userId: '', name: 'x'.repeat(300) }],
    ['extra key', { userId: 'u', name: 'u', password: SECRET }],
    ['missing name', { userId: 'u' }],
  ],
  authFailure: [
    ['unknown reason', { userId: '', name: 'x', reason: SECRET, at: AT }],
    ['not a time', { userId: '', name: 'x', reason: 'unknown-user', at: 'today' }],
    ['a hash instead of the name', { userId: '', nameHash: 'ab'.repeat(8), reason: 'unknown-user', at: AT }],
  ],
  authSuccess: [
    ['missing user', {}],
    ['empty user', { userId: '' }],
    ['extra key', { userId: 'u', failures: 0 }],
  ],
  auditPending: [['extra key', { clear: true }]],
  auditPendingAck: [
    ['negative', { upTo: -1 }],
    ['fraction', { upTo: 1.5 }],
  ],
  auditCheckpoint: [
    ['short hash', { seq: 1, hash: 'abc' }],
    ['negative seq', { seq: -1, hash: HASH }],
    ['extra key', { seq: 1, hash: HASH, force: true }],
  ],
  auditAnchors: [['extra key', { since: SECRET }]],
  adminKeyGet: [['not a uuid', { workspaceId: SECRET }]],
  adminKeyPin: [
    ['not base64', { workspaceId: WS, publicKey: SECRET }],
    ['extra key', { workspaceId: WS, publicKey: 'AAAA', force: true }],
  ],
  grantRecord: [
    ['payload not base64', { workspaceId: WS, grant: { payload: SECRET, signature: 'AAAA' } }],
    ['missing signature', { workspaceId: WS, grant: { payload: 'eyJ9' } }],
  ],
  grantLatest: [['missing user', { workspaceId: WS }]],
  workspaceRecordGet: [['extra key', { workspaceId: WS }]],
  workspaceRecordPut: [
    ['negative count', { workspaceId: WS, cases: -1, auditSeq: 0, auditHash: HASH, updatedAt: AT }],
    ['extra key', { workspaceId: WS, cases: 1, auditSeq: 0, auditHash: HASH, updatedAt: AT, name: SECRET }],
  ],
  workspaceRecordClear: [['not a uuid', { workspaceId: SECRET }]],
  backupFolderGet: [['extra key', { path: '/etc' }]],
  backupFolderChoose: [
    ['a path instead of a dialog', { grant: GRANT, path: '/media/usb' }],
    ['missing grant', {}],
  ],
  backupList: [['extra key', { folder: SECRET }]],
  backupPrune: [
    ['keep nothing', { keep: 0 }],
    ['a file name', { keep: 3, name: SECRET }],
  ],
  writeBegin: [
    ['a path as the backup name', { target: { kind: 'backup', name: '../../etc/passwd' } }],
    ['another file in the folder', { target: { kind: 'backup', name: 'notes.docx' } }],
    ['traversal in the suggested name', { target: { kind: 'dialog', suggestedName: '../a.zip' } }],
    ['unknown target', { target: { kind: 'path', path: '/tmp/x' } }],
  ],
  writeChunk: [
    ['empty chunk', { writeId: ID, bytes: new Uint8Array() }],
    ['bytes as an array', { writeId: ID, bytes: [1, 2] }],
    ['not a uuid', { writeId: SECRET, bytes: new Uint8Array([1]) }],
  ],
  writeCommit: [['missing id', {}]],
  writeAbort: [['extra key', { writeId: ID, keep: true }]],
  readBegin: [
    ['a path', { source: { kind: 'path', path: '/etc/shadow' } }],
    ['traversal in the backup name', { source: { kind: 'backup', name: '../x.mrbak' } }],
  ],
  readChunk: [
    ['too long a chunk', { readId: ID, offset: 0, length: 64 * 1024 * 1024 }],
    ['negative offset', { readId: ID, offset: -1, length: 10 }],
  ],
  readEnd: [['not a uuid', { readId: SECRET }]],
  systemLockWait: [
    ['a negative count', { after: -2 }],
    ['not a number', { after: SECRET }],
  ],
  fontsSystemFace: [
    ['missing flag', {}],
    ['a path to read', { withData: true, path: 'C:\\Windows\\Fonts\\simfang.ttf' }],
  ],
  fontsChoose: [
    ['a path instead of a dialog', { grant: GRANT, path: '/usr/share/fonts/simfang.ttf' }],
    ['missing grant', {}],
  ],
  fontsClear: [['missing grant', {}]],
}

let invokers: Map<string, Invoke>
let handlers: { [K in Operation]: ReturnType<typeof vi.fn> }

function setUp(devServerUrl?: string): void {
  invokers = new Map()
  const ipcMain = {
    handle: (channel: string, listener: Invoke) => invokers.set(channel, listener),
  } as unknown as Pick<IpcMain, 'handle'>
  const base = {
    saveFile: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    openFile: vi.fn(() => Promise.resolve({ status: 'cancelled' as const })),
    appInfo: vi.fn(() =>
      Promise.resolve({
        name: 'n',
        version: 'v',
        electron: 'e',
        chrome: 'c',
        platform: 'p',
      }),
    ),
    printPdf: vi.fn(() => Promise.resolve({ status: 'printed' as const })),
    uploadEnqueue: vi.fn(() => Promise.resolve({ status: 'not-configured' as const })),
    uploadList: vi.fn(() => Promise.resolve({ configured: false, jobs: [] })),
    uploadRetry: vi.fn(() => Promise.resolve({ retried: 0 })),
    uploadSettingsGet: vi.fn(() => Promise.resolve({ endpoint: null })),
    uploadSettingsSet: vi.fn(() => Promise.resolve({ status: 'saved' as const, endpoint: null })),
  }
  handlers = {
    ...base,
    ...Object.fromEntries(
      operations.filter((op) => !(op in base)).map((op) => [op, vi.fn(() => Promise.resolve({ ok: true }))]),
    ),
  } as { [K in Operation]: ReturnType<typeof vi.fn> }
  const isTrusted = (sender: WebContents): boolean => sender.id === mainContents.id
  registerHandlers(ipcMain, isTrusted, handlers as unknown as Handlers, { devServerUrl })
}

function invoke(op: Operation, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
  const listener = invokers.get(contract[op].channel)
  if (!listener) throw new Error(`no handler for ${op}`)
  return listener(event, payload)
}

beforeEach(() => setUp())

it('registers exactly one handler per contract channel', () => {
  expect([...invokers.keys()].sort()).toEqual(operations.map((op) => contract[op].channel).sort())
})

describe.each(operations)('%s', (op) => {
  it('passes a valid payload from the main window to the handler', async () => {
    await invoke(op, invokeEvent(mainContents, APP_URL), valid[op])
    expect(handlers[op]).toHaveBeenCalledTimes(1)
    expect(handlers[op]).toHaveBeenCalledWith(valid[op], { sender: mainContents })
  })

  it.each([
    ['another web contents', otherContents, APP_URL],
    ['a foreign frame', mainContents, 'https://evil.example/'],
    ['a file:// frame', mainContents, 'file:///C:/index.html'],
    ['the dev server outside development', mainContents, 'http://localhost:5173/'],
    ['no frame', mainContents, null],
  ] as const)('refuses %s', async (_label, sender, frameUrl) => {
    await expect(invoke(op, invokeEvent(sender, frameUrl), valid[op])).rejects.toThrow('ipc: refused sender')
    expect(handlers[op]).not.toHaveBeenCalled()
  })

  it.each(malformed[op])('refuses a malformed payload (%s) without echoing it', async (_label, payload) => {
    const error = await invoke(op, invokeEvent(mainContents, APP_URL), payload).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe(`ipc: malformed payload for ${contract[op].channel}`)
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(SECRET)
    expect(handlers[op]).not.toHaveBeenCalled()
  })

  it('checks the sender before looking at the payload', async () => {
    await expect(invoke(op, invokeEvent(otherContents, APP_URL), { junk: true })).rejects.toThrow(
      'ipc: refused sender',
    )
  })
})

it('accepts the dev server frame when registered for development', async () => {
  setUp('http://localhost:5173/')
  await invoke('appInfo', invokeEvent(mainContents, 'http://localhost:5173/'), {})
  expect(handlers.appInfo).toHaveBeenCalledTimes(1)
})

it('hands main the endpoint normalised by the schema', async () => {
  await invoke('uploadSettingsSet', invokeEvent(mainContents, APP_URL), {
    endpoint: '  https://District.Example/api/upload  ',
    grant: GRANT,
  })
  expect(handlers.uploadSettingsSet).toHaveBeenCalledWith(
    { endpoint: 'https://district.example/api/upload', grant: GRANT },
    { sender: mainContents },
  )
})

it('returns what the handler resolves', async () => {
  await expect(invoke('saveFile', invokeEvent(mainContents, APP_URL), valid.saveFile)).resolves.toEqual({
    status: 'cancelled',
  })
})
