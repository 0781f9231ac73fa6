/**
 * The main window. Its webPreferences are the renderer's security boundary and are written out as
 * literals (not left to defaults) so a review or a test sees them at a glance.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { APP_ENTRY_URL, PRODUCT_NAME } from './app-identity'
import { PRELOAD_PATH } from './paths'
import { installGuards } from './security/guards'

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 680,
    title: PRODUCT_NAME,
    // Shown on ready-to-show, so users never see an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  }
}

/**
 * Creates the window, guards it and loads the app: from app://mediation in production, from
 * the electron-vite dev server when `devServerUrl` is given.
 */
export function createMainWindow(devServerUrl?: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(PRELOAD_PATH))
  installGuards(window.webContents, devServerUrl)
  window.once('ready-to-show', () => window.show())
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('main window: failed to load the renderer', error)
  })
  return window
}
