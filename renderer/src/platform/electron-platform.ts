/** The platform inside Electron: every call goes through the preload's typed API. */
import type { DesktopApi } from '../../../preload/contract'
import { createMainKeeper } from './main-keeper'
import { createElectronBackup } from './backup-streams'
import type { Platform } from './platform'

export function createElectronPlatform(api: DesktopApi): Platform {
  return {
    kind: 'electron',
    saveFile: (request) => api.saveFile(request),
    openFile: (request) => api.openFile(request),
    appInfo: () => api.appInfo({}),
    printPdf: (data, copies) => api.printPdf({ data, copies }),
    upload: {
      available: true,
      enqueue: (request) => api.uploadEnqueue(request),
      list: () => api.uploadList({}),
      retry: (id) => api.uploadRetry(id === undefined ? {} : { id }),
      getSettings: () => api.uploadSettingsGet({}),
      setSettings: (endpoint, grant) => api.uploadSettingsSet({ endpoint, grant }),
    },
    keeper: createMainKeeper(api),
    backup: createElectronBackup(api),
    systemLock: { wait: async (after) => (await api.systemLockWait({ after })).count },
    fonts: {
      available: true,
      systemFace: (withData) => api.fontsSystemFace({ withData }),
      choose: (grant) => api.fontsChoose({ grant }),
      clear: (grant) => api.fontsClear({ grant }),
    },
  }
}
