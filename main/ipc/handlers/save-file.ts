/**
 * `file:save`: the user picks where to save through the native dialog; the bytes are written
 * atomically so an existing file is either fully replaced or left untouched.
 */
import { join } from 'node:path'
import type { SaveFileResult } from '../../../preload/contract'
import type { Handlers } from '../register'
import { requireWindow, type GetWindow, type SaveDialogPort } from './window-port'

export interface SaveFileDeps {
  dialog: SaveDialogPort
  getWindow: GetWindow
  /** The folder the dialog opens in; read per call because app paths exist only after ready. */
  documentsDir: () => string
  writeAtomic: (path: string, data: Uint8Array) => Promise<void>
}

export function makeSaveFileHandler(deps: SaveFileDeps): Handlers['saveFile'] {
  return async (request): Promise<SaveFileResult> => {
    const window = requireWindow(deps.getWindow)
    const { canceled, filePath } = await deps.dialog.showSaveDialog(window, {
      // suggestedName is schema-checked to be a bare file name, so this stays in documentsDir.
      defaultPath: join(deps.documentsDir(), request.suggestedName),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      ...(request.filters ? { filters: request.filters } : {}),
    })
    if (canceled || !filePath) return { status: 'cancelled' }
    await deps.writeAtomic(filePath, request.data)
    return { status: 'saved', path: filePath }
  }
}
