/**
 * Main-process entry: app lifecycle only. Everything with logic lives in its own module
 * (scheme, renderer serving, guards, IPC) so it can be tested without Electron.
 */
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  powerMonitor,
  protocol,
  session,
  type WebContents,
} from 'electron'
import { APP_DATA_NAME, APP_SCHEME } from './app-identity'
import { makeHandlers } from './ipc/handlers'
import { registerHandlers } from './ipc/register'
import { RENDERER_DIR } from './paths'
import { registerAppScheme } from './protocol/app-scheme'
import { makeRendererHandler } from './protocol/serve-renderer'
import { clearPrintTemp } from './print-temp'
import { denyAllPermissions, installAppWideGuards } from './security/guards'
import { applicationMenuTemplate } from './security/menu'
import { startMainServices } from './services'
import { createMainWindow } from './window'

// Pinned before ready. The origin app://mediation and this userData path must NEVER change:
// IndexedDB is stored per origin under userData, and with either changed every record would
// look gone. They are fixed here explicitly, not derived from package.json names.
app.setName(APP_DATA_NAME)
app.setPath('userData', join(app.getPath('appData'), APP_DATA_NAME))
registerAppScheme(protocol)
// Every renderer sandboxed, whatever a future window's options say.
app.enableSandbox()
// No new windows and no <webview> from any web contents, including ones a future change adds.
installAppWideGuards(app)

// The dev server is honoured only in unpackaged runs: an environment variable must never point
// an installed app at another origin.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

let mainWindow: BrowserWindow | null = null

function openMainWindow(): void {
  const window = createMainWindow(devServerUrl)
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

function isMainWindowSender(sender: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && sender.id === mainWindow.webContents.id
}

// Two instances writing the same IndexedDB would fight over it; the second one hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(async () => {
      const userData = app.getPath('userData')
      // Electron's default menu offers DevTools and reload; ours has neither unless developing.
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          applicationMenuTemplate({ developing: devServerUrl !== undefined, platform: process.platform }),
        ),
      )
      // A print file left by a crash mid-print is removed before anything else runs.
      await clearPrintTemp(userData).catch(() => undefined)
      protocol.handle(APP_SCHEME, makeRendererHandler(RENDERER_DIR))
      denyAllPermissions(session.defaultSession)
      registerHandlers(
        ipcMain,
        isMainWindowSender,
        makeHandlers(() => mainWindow, startMainServices(userData, powerMonitor)),
        {
          devServerUrl,
        },
      )
      openMainWindow()
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('main: startup failed', error)
      app.quit()
    })
}
