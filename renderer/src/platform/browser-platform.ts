/**
 * The browser twin of the Electron platform: a download instead of the save dialog, a file input
 * instead of the open dialog, with the same size limit and the same result shapes.
 */
import { MAX_OPEN_FILE_BYTES } from '../../../preload/contract'
import type { FontsPlatform, OpenFileRequest, OpenFileResult, Platform, UploadPlatform } from './platform'
import { printPdfInFrame } from './browser-print'
import { createPageKeeper } from './page-keeper'
import { createBrowserBackup, downloadParts } from './backup-streams'

function pickFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = (request.filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
    input.addEventListener('cancel', () => resolve({ status: 'cancelled' }))
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      if (!file) return resolve({ status: 'cancelled' })
      const limit = request.maxBytes ?? MAX_OPEN_FILE_BYTES
      if (file.size > limit) return resolve({ status: 'too-large', name: file.name, size: file.size, limit })
      file
        .arrayBuffer()
        .then((buf) => resolve({ status: 'opened', name: file.name, data: new Uint8Array(buf) }), reject)
    })
    input.click()
  })
}

/** Uploads need the desktop app's main process: here every call answers "not available". */
const noUpload: UploadPlatform = {
  available: false,
  enqueue: () => Promise.resolve({ status: 'unavailable' }),
  list: () => Promise.resolve({ configured: false, jobs: [] }),
  retry: () => Promise.resolve({ retried: 0 }),
  getSettings: () => Promise.resolve({ endpoint: null }),
  setSettings: () => Promise.reject(new Error('upload: not available in the browser build')),
}

/** A page cannot read the PC's font files: PDFs embed the app's open font throughout. */
export const noSystemFonts: FontsPlatform = {
  available: false,
  systemFace: () => Promise.resolve({ face: null, chosenProblem: null }),
  choose: () => Promise.resolve({ status: 'refused' }),
  clear: () => Promise.resolve({ status: 'refused' }),
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    saveFile: (request) => {
      downloadParts(request.suggestedName, [request.data])
      return Promise.resolve({ status: 'saved', path: request.suggestedName })
    },
    openFile: pickFile,
    appInfo: () =>
      Promise.resolve({
        name: '调解室案件管理',
        version: import.meta.env.VITE_APP_VERSION ?? 'dev',
        electron: '',
        chrome: /Chrome\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '',
        platform: 'browser',
      }),
    printPdf: (data) => printPdfInFrame(data),
    upload: noUpload,
    keeper: createPageKeeper(localStorage),
    backup: createBrowserBackup(),
    // A page cannot see the OS lock; the idle lock still applies.
    systemLock: { wait: () => new Promise<number>(() => undefined) },
    fonts: noSystemFonts,
  }
}
