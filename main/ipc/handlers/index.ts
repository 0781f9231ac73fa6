/** Wires the IPC handlers to the real Electron dialog, app paths and file system. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { UploadService } from '../../upload'
import type { Handlers } from '../register'
import { makeAppInfoHandler } from './app-info'
import { makeOpenFileHandler } from './open-file'
import { makePrintPdfHandler } from './print-pdf'
import { makeSaveFileHandler } from './save-file'
import { makeUploadHandlers } from './upload'
import type { GetWindow } from './window-port'

export function makeHandlers(getWindow: GetWindow, upload: UploadService): Handlers {
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
    printPdf: makePrintPdfHandler({
      createWindow: (options) => new BrowserWindow(options),
      writeTemp: async (data) => {
        // A private folder (0700) per print job, removed after printing.
        const dir = await mkdtemp(join(tmpdir(), 'mediation-print-'))
        const path = join(dir, 'document.pdf')
        await writeFile(path, data, { mode: 0o600 })
        return { path, remove: () => rm(dir, { recursive: true, force: true }) }
      },
    }),
    ...makeUploadHandlers(upload),
  }
}
