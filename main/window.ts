/**
 * The main window. Its webPreferences are the renderer's security boundary. They are written out
 * as a literal at the constructor (not built by a helper or left to defaults) so that a review,
 * a test and a scanner (Electronegativity) all read exactly what Electron receives.
 */
import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL, PRODUCT_NAME } from './app-identity'
import { PRELOAD_PATH } from './paths'
import { installGuards } from './security/guards'

/**
 * Creates the window, guards it and loads the app: from app://mediation in production, from
 * the electron-vite dev server when `devServerUrl` is given. DevTools exist only then (`npm run
 * dev`): the packaged app and `npm start` have none, not even at the lock screen.
 */
export function createMainWindow(devServerUrl?: string): BrowserWindow {
  const developing = devServerUrl !== undefined
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 680,
    title: PRODUCT_NAME,
    // Shown on ready-to-show, so users never see an empty white frame.
    show: false,
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      devTools: developing,
    },
  })
  installGuards(window.webContents, devServerUrl)
  if (!developing) {
    // Belt and braces: should anything open DevTools in a packaged app, they are closed at once.
    window.webContents.on('devtools-opened', () => window.webContents.closeDevTools())
  }
  window.once('ready-to-show', () => window.show())
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('main window: failed to load the renderer', error)
  })
  return window
}
