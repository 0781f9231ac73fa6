import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeSaveFileHandler } from '../../main/ipc/handlers/save-file'
import { asWebContents, fakeWebContents, fakeWindow } from './support/fakes'

const ctx = { sender: asWebContents(fakeWebContents()) }
const DOCS = join('/home', 'user', 'Documents')

function setUp(dialogResult: { canceled: boolean; filePath: string }) {
  const window = fakeWindow()
  const deps = {
    dialog: { showSaveDialog: vi.fn(() => Promise.resolve({ ...dialogResult })) },
    getWindow: () => window,
    documentsDir: () => DOCS,
    writeAtomic: vi.fn(() => Promise.resolve()),
  }
  return { window, deps, handler: makeSaveFileHandler(deps) }
}

describe('saveFile handler', () => {
  it('returns cancelled and writes nothing when the dialog is cancelled', async () => {
    const { deps, handler } = setUp({ canceled: true, filePath: '' })
    const result = await handler({ suggestedName: 'a.pdf', data: new Uint8Array([1]) }, ctx)
    expect(result).toEqual({ status: 'cancelled' })
    expect(deps.writeAtomic).not.toHaveBeenCalled()
  })

  it('opens a dialog parented to the window in Documents with the suggested name and filters', async () => {
    const { deps, handler, window } = setUp({ canceled: true, filePath: '' })
    const filters = [{ name: 'PDF', extensions: ['pdf'] }]
    await handler({ suggestedName: '调解协议书.pdf', data: new Uint8Array(), filters }, ctx)
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(DOCS, '调解协议书.pdf'), filters }),
    )
  })

  it('writes exactly the given bytes atomically to the chosen path', async () => {
    const chosen = join(DOCS, 'out', '协议.pdf')
    const { deps, handler } = setUp({ canceled: false, filePath: chosen })
    const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])
    const result = await handler({ suggestedName: '协议.pdf', data }, ctx)
    expect(result).toEqual({ status: 'saved', path: chosen })
    expect(deps.writeAtomic).toHaveBeenCalledTimes(1)
    const [path, written] = deps.writeAtomic.mock.calls[0] as unknown as [string, Uint8Array]
    expect(path).toBe(chosen)
    expect([...written]).toEqual([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])
  })

  it('propagates a failed write instead of reporting saved', async () => {
    const { deps, handler } = setUp({ canceled: false, filePath: '/x/a.pdf' })
    deps.writeAtomic.mockRejectedValueOnce(new Error('ENOSPC'))
    await expect(handler({ suggestedName: 'a.pdf', data: new Uint8Array() }, ctx)).rejects.toThrow('ENOSPC')
  })

  it('refuses when there is no window to parent the dialog', async () => {
    const { deps } = setUp({ canceled: true, filePath: '' })
    const handler = makeSaveFileHandler({ ...deps, getWindow: () => null })
    await expect(handler({ suggestedName: 'a.pdf', data: new Uint8Array() }, ctx)).rejects.toThrow(
      'ipc: no window',
    )
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})
