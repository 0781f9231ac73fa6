import { beforeEach, describe, expect, it, vi } from 'vitest'
import { type fakeWebContents } from './support/fakes'

const electron = vi.hoisted(() => {
  const created: Array<{ options: unknown; instance: Record<string, unknown> }> = []
  return { created }
})

vi.mock('electron', async () => {
  const { fakeWebContents: makeContents } = await import('./support/fakes')
  class BrowserWindow {
    webContents = makeContents(7)
    onceHandlers = new Map<string, () => void>()
    show = vi.fn()
    loadURL = vi.fn(() => Promise.resolve())
    constructor(options: unknown) {
      electron.created.push({ options, instance: this as unknown as Record<string, unknown> })
    }
    once(event: string, handler: () => void): this {
      this.onceHandlers.set(event, handler)
      return this
    }
  }
  return { BrowserWindow }
})

const { createMainWindow } = await import('../../main/window')

/** What BrowserWindow received for the window made now. */
function optionsOfNewWindow(devServerUrl?: string): {
  webPreferences: Record<string, unknown>
  [key: string]: unknown
} {
  electron.created.length = 0
  createMainWindow(devServerUrl)
  return electron.created[0]?.options as { webPreferences: Record<string, unknown> }
}

describe('the main window options', () => {
  it('pins the security-relevant webPreferences', () => {
    const prefs = optionsOfNewWindow().webPreferences
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(prefs.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/)
  })

  it('has no DevTools unless started from the dev server (npm run dev)', () => {
    expect(optionsOfNewWindow().webPreferences.devTools).toBe(false)
    expect(optionsOfNewWindow('http://localhost:5173/').webPreferences.devTools).toBe(true)
  })

  it('starts hidden with the product title and a usable minimum size', () => {
    expect(optionsOfNewWindow()).toMatchObject({
      show: false,
      title: '调解室案件管理',
      width: 1280,
      height: 820,
      minWidth: 1024,
      minHeight: 680,
    })
  })
})

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.created.length = 0
  })

  it('uses the CommonJS preload, guards the contents and loads the app origin', () => {
    const window = createMainWindow() as unknown as {
      webContents: ReturnType<typeof fakeWebContents>
      loadURL: ReturnType<typeof vi.fn>
      show: ReturnType<typeof vi.fn>
      onceHandlers: Map<string, () => void>
    }
    const options = electron.created[0]?.options as { webPreferences: { preload: string } }
    expect(options.webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/)
    expect(window.webContents.listeners.has('will-navigate')).toBe(true)
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled()
    expect(window.loadURL).toHaveBeenCalledWith('app://mediation/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.onceHandlers.get('ready-to-show')?.()
    expect(window.show).toHaveBeenCalled()
  })

  it('closes DevTools at once should anything open them outside development', () => {
    const packaged = createMainWindow() as unknown as { webContents: ReturnType<typeof fakeWebContents> }
    packaged.webContents.emit('devtools-opened')
    expect(packaged.webContents.closeDevTools).toHaveBeenCalledTimes(1)
    const developing = createMainWindow('http://localhost:5173/') as unknown as {
      webContents: ReturnType<typeof fakeWebContents>
    }
    developing.webContents.emit('devtools-opened')
    expect(developing.webContents.closeDevTools).not.toHaveBeenCalled()
  })

  it('loads the dev server URL when one is given', () => {
    const window = createMainWindow('http://localhost:5173/') as unknown as {
      loadURL: ReturnType<typeof vi.fn>
    }
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
  })
})
