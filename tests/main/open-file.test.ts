import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeOpenFileHandler } from '../../main/ipc/handlers/open-file'
import { MAX_OPEN_FILE_BYTES } from '../../preload/contract'
import { asWebContents, fakeWebContents, fakeWindow } from './support/fakes'

const ctx = { sender: asWebContents(fakeWebContents()) }
const PICKED = join('/home', 'user', 'Documents', '证据材料.pdf')

function setUp(
  dialogResult: { canceled: boolean; filePaths: string[] },
  size: number,
  bytes = new Uint8Array(),
) {
  const window = fakeWindow()
  const deps = {
    dialog: { showOpenDialog: vi.fn(() => Promise.resolve({ ...dialogResult })) },
    getWindow: () => window,
    fs: {
      stat: vi.fn(() => Promise.resolve({ size })),
      readFile: vi.fn(() => Promise.resolve(Buffer.from(bytes))),
    },
  }
  return { window, deps, handler: makeOpenFileHandler(deps) }
}

describe('openFile handler', () => {
  it('returns cancelled without touching the file system', async () => {
    const { deps, handler } = setUp({ canceled: true, filePaths: [] }, 0)
    expect(await handler({}, ctx)).toEqual({ status: 'cancelled' })
    expect(deps.fs.stat).not.toHaveBeenCalled()
    expect(deps.fs.readFile).not.toHaveBeenCalled()
  })

  it('opens a single-file dialog parented to the window', async () => {
    const { deps, handler, window } = setUp({ canceled: true, filePaths: [] }, 0)
    const filters = [{ name: 'PDF', extensions: ['pdf'] }]
    await handler({ filters }, ctx)
    expect(deps.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters,
    })
  })

  it('refuses a file above the requested limit without reading it', async () => {
    const { deps, handler } = setUp({ canceled: false, filePaths: [PICKED] }, 2048)
    expect(await handler({ maxBytes: 1024 }, ctx)).toEqual({
      status: 'too-large',
      name: '证据材料.pdf',
      size: 2048,
      limit: 1024,
    })
    expect(deps.fs.stat).toHaveBeenCalledWith(PICKED)
    expect(deps.fs.readFile).not.toHaveBeenCalled()
  })

  it('applies the global limit when none is requested', async () => {
    const { deps, handler } = setUp({ canceled: false, filePaths: [PICKED] }, MAX_OPEN_FILE_BYTES + 1)
    expect(await handler({}, ctx)).toMatchObject({
      status: 'too-large',
      limit: MAX_OPEN_FILE_BYTES,
    })
    expect(deps.fs.readFile).not.toHaveBeenCalled()
  })

  it('returns the bytes and the base name of a file within the limit', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])
    const { handler } = setUp({ canceled: false, filePaths: [PICKED] }, bytes.byteLength, bytes)
    const result = await handler({ maxBytes: 1024 }, ctx)
    expect(result.status).toBe('opened')
    if (result.status !== 'opened') return
    expect(result.name).toBe('证据材料.pdf')
    expect(result.data).toBeInstanceOf(Uint8Array)
    expect(Buffer.isBuffer(result.data)).toBe(false)
    expect([...result.data]).toEqual([...bytes])
  })

  it('refuses a file that grew past the limit between stat and read', async () => {
    const { handler } = setUp({ canceled: false, filePaths: [PICKED] }, 10, new Uint8Array(2000))
    expect(await handler({ maxBytes: 1024 }, ctx)).toEqual({
      status: 'too-large',
      name: '证据材料.pdf',
      size: 2000,
      limit: 1024,
    })
  })
})
