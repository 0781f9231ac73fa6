/** Wires the IPC handlers to the real Electron dialog, app paths and file system. */
import { readFile, stat } from 'node:fs/promises'
import { app, dialog } from 'electron'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { Handlers } from '../register'
import { makeAppInfoHandler } from './app-info'
import { makeOpenFileHandler } from './open-file'
import { makeSaveFileHandler } from './save-file'
import type { GetWindow } from './window-port'

export function makeHandlers(getWindow: GetWindow): Handlers {
  return {
    saveFile: makeSaveFileHandler({
      dialog,
      getWindow,
      documentsDir: () => app.getPath('documents'),
      writeAtomic: (path, data) => writeFileAtomic(path, data),
    }),
    openFile: makeOpenFileHandler({ dialog, getWindow, fs: { stat, readFile } }),
    appInfo: makeAppInfoHandler({
      getVersion: () => app.getVersion(),
      versions: process.versions,
      platform: process.platform,
    }),
  }
}
