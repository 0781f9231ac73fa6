/** Wires the IPC handlers to the real Electron dialog, app paths, file system and main's stores. */
import { readFile, stat } from 'node:fs/promises'
import { app, dialog } from 'electron'
import { writeFileAtomic } from '../../fs/atomic-write'
import type { BackupFolderStore } from '../../files/backup-folder'
import type { FileStreams } from '../../files/file-streams'
import { createPrintWindow } from '../../print-window'
import { writePrintTemp } from '../../print-temp'
import type { UploadService } from '../../upload'
import type { Handlers } from '../register'
import type { BodyFontService } from '../../fonts/body-font'
import { makeAppInfoHandler } from './app-info'
import { makeFontHandlers } from './fonts'
import { makeOpenFileHandler } from './open-file'
import { makePrintPdfHandler } from './print-pdf'
import { makeSaveFileHandler } from './save-file'
import { makeSecurityHandlers, type SecurityServices } from './security'
import { makeStreamHandlers } from './streams'
import { makeUploadHandlers } from './upload'
import type { GetWindow } from './window-port'
import type { SystemLockWatch } from '../../security/system-lock'

export interface MainServices {
  userData: string
  upload: UploadService
  security: SecurityServices
  backupFolder: BackupFolderStore
  streams: FileStreams
  systemLock: SystemLockWatch
  fonts: BodyFontService
}

export function makeHandlers(getWindow: GetWindow, services: MainServices): Handlers {
  const documentsDir = () => app.getPath('documents')
  return {
    saveFile: makeSaveFileHandler({
      dialog,
      getWindow,
      documentsDir,
      writeAtomic: (path, data) => writeFileAtomic(path, data),
    }),
    openFile: makeOpenFileHandler({ dialog, getWindow, fs: { stat, readFile } }),
    appInfo: makeAppInfoHandler({
      getVersion: () => app.getVersion(),
      versions: process.versions,
      platform: process.platform,
    }),
    printPdf: makePrintPdfHandler({
      createWindow: createPrintWindow,
      writeTemp: (data) => writePrintTemp(services.userData, data),
    }),
    ...makeUploadHandlers({ ...services.upload, adminKeys: services.security.adminKeys }),
    ...makeSecurityHandlers(services.security),
    systemLockWait: ({ after }) => services.systemLock.wait(after),
    ...makeStreamHandlers({
      folder: services.backupFolder,
      streams: services.streams,
      adminKeys: services.security.adminKeys,
      dialog,
      getWindow,
      documentsDir,
    }),
    ...makeFontHandlers({ fonts: services.fonts, adminKeys: services.security.adminKeys, dialog, getWindow }),
  }
}
