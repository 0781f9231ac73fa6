/**
 * `file:open`: the user picks one file through the native dialog. Its size is checked before
 * reading, so a huge file is refused with a clear result instead of being pulled into memory.
 */
import { basename } from 'node:path'
import { MAX_OPEN_FILE_BYTES, type OpenFileResult } from '../../../preload/contract'
import type { Handlers } from '../register'
import { requireWindow, type GetWindow, type OpenDialogPort } from './window-port'

export interface OpenFileFs {
  stat: (path: string) => Promise<{ size: number }>
  readFile: (path: string) => Promise<Uint8Array>
}

export interface OpenFileDeps {
  dialog: OpenDialogPort
  getWindow: GetWindow
  fs: OpenFileFs
}

export function makeOpenFileHandler(deps: OpenFileDeps): Handlers['openFile'] {
  return async (request): Promise<OpenFileResult> => {
    const window = requireWindow(deps.getWindow)
    const { canceled, filePaths } = await deps.dialog.showOpenDialog(window, {
      properties: ['openFile'],
      ...(request.filters ? { filters: request.filters } : {}),
    })
    const path = filePaths[0]
    if (canceled || path === undefined) return { status: 'cancelled' }
    const name = basename(path)
    const limit = request.maxBytes ?? MAX_OPEN_FILE_BYTES
    const { size } = await deps.fs.stat(path)
    if (size > limit) return { status: 'too-large', name, size, limit }
    const bytes = await deps.fs.readFile(path)
    // The file may have grown between stat and read.
    if (bytes.byteLength > limit) return { status: 'too-large', name, size: bytes.byteLength, limit }
    // A plain Uint8Array view (not a Buffer), which is what the renderer receives anyway.
    return {
      status: 'opened',
      name,
      data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }
  }
}
