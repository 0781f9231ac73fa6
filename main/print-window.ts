/**
 * The hidden window that prints a PDF: sandboxed, no preload, `plugins` on for Chromium's PDF
 * viewer, which lays out and prints the file. Options are a literal at the constructor (see
 * window.ts), and the window gets navigation guards of its own: it shows that one file, nothing else.
 */
import { BrowserWindow } from 'electron'
import { installPrintGuards } from './security/guards'

export function createPrintWindow(fileUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      plugins: true,
      spellcheck: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  })
  installPrintGuards(window.webContents, fileUrl)
  return window
}
