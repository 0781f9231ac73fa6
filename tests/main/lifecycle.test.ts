/**
 * main/index.ts with Electron mocked: what must happen before ready (identity pinned, scheme
 * privileged) and what ready wires up (app:// handler, permissions, IPC, window).
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { APP_DATA_NAME, APP_ENTRY_URL, APP_ORIGIN } from '../../main/app-identity'
import { APP_SCHEME_REGISTRATION } from '../../main/protocol/app-scheme'
import { CHANNELS } from '../../preload/channels'

const electron = vi.hoisted(() => {
  let resolveReady: () => void = () => undefined
  const state = {
    gotLock: true,
    ready: Promise.resolve(),
    windows: [] as Array<{ loadURL: ReturnType<typeof vi.fn> }>,
    resolveReady: () => resolveReady(),
    /** A real temporary folder: ready starts the upload queue there. */
    userData: '',
  }
  const reset = (): void => {
    state.ready = new Promise<void>((r) => (resolveReady = r))
    state.windows.length = 0
  }
  const app = {
    setName: vi.fn(),
    setPath: vi.fn(),
    getPath: vi.fn((name: string) => (name === 'userData' ? state.userData : `/fake/${name}`)),
    getVersion: vi.fn(() => '0.1.0'),
    enableSandbox: vi.fn(),
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => state.gotLock),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => state.ready),
  }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  }
  const ipcMain = { handle: vi.fn() }
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  }
  const powerMonitor = { on: vi.fn() }
  return { state, reset, app, protocol, session, ipcMain, Menu, powerMonitor }
})

vi.mock('electron', async () => {
  const { fakeWebContents } = await import('./support/fakes')
  class BrowserWindow {
    static getAllWindows = () => electron.state.windows
    webContents = fakeWebContents(1)
    loadURL = vi.fn(() => Promise.resolve())
    once = vi.fn()
    on = vi.fn()
    constructor() {
      electron.state.windows.push(this)
    }
  }
  return { ...electron, BrowserWindow, dialog: {} }
})

async function startMain(): Promise<void> {
  vi.resetModules()
  await import('../../main/index')
}

beforeAll(async () => {
  electron.state.userData = await mkdtemp(join(tmpdir(), 'lifecycle-userdata-'))
})

afterAll(async () => {
  await rm(electron.state.userData, { recursive: true, force: true })
})

beforeEach(() => {
  vi.clearAllMocks()
  electron.reset()
  electron.state.gotLock = true
})

describe('app identity', () => {
  it('is pinned: changing it would make every existing IndexedDB look empty', () => {
    expect(APP_ORIGIN).toBe('app://mediation')
    expect(APP_ENTRY_URL).toBe('app://mediation/index.html')
    expect(APP_DATA_NAME).toBe('mediation-room')
  })

  it('registers app:// as standard and secure, fetchable, and not readable cross-origin', () => {
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
  })
})

describe('main entry', () => {
  it('pins name, userData and the privileged scheme before ready', async () => {
    await startMain()
    expect(electron.app.setName).toHaveBeenCalledWith('mediation-room')
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join('/fake/appData', 'mediation-room'))
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_REGISTRATION])
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    // Nothing that needs ready has happened yet.
    expect(electron.protocol.handle).not.toHaveBeenCalled()
    expect(electron.state.windows).toHaveLength(0)
  })

  it('on ready serves app://, denies permissions, registers IPC and opens the app window', async () => {
    await startMain()
    electron.state.resolveReady()
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1))
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
    const channels = electron.ipcMain.handle.mock.calls.map((c) => c[0] as string).sort()
    expect(channels).toEqual(Object.values(CHANNELS).sort())
    // The OS locking or suspending locks the app (system:lock:wait answers the renderer).
    expect(electron.powerMonitor.on).toHaveBeenCalledWith('lock-screen', expect.any(Function))
    expect(electron.powerMonitor.on).toHaveBeenCalledWith('suspend', expect.any(Function))
    // The upload queue resumes at ready, from its folder under userData.
    await vi.waitFor(() => expect(existsSync(join(electron.state.userData, 'upload-queue'))).toBe(true))
    expect(electron.state.windows[0]?.loadURL).toHaveBeenCalledWith('app://mediation/index.html')
  })

  it('replaces the default menu with one that has no DevTools and no reload', async () => {
    await startMain()
    electron.state.resolveReady()
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalled())
    const roles = JSON.stringify(electron.Menu.buildFromTemplate.mock.calls[0]?.[0])
    expect(roles).not.toMatch(/toggleDevTools|"reload"|forceReload/i)
  })

  it('guards every web contents the app creates, and removes print files left by a crash', async () => {
    const leftover = join(electron.state.userData, 'print-tmp', 'job-x')
    await mkdir(leftover, { recursive: true })
    await writeFile(join(leftover, 'document.pdf'), '%PDF-1.7 a document a crash left behind')
    await startMain()
    expect(electron.app.on.mock.calls.some((c) => c[0] === 'web-contents-created')).toBe(true)
    electron.state.resolveReady()
    await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1))
    expect(existsSync(join(electron.state.userData, 'print-tmp'))).toBe(false)
  })

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://evil.example/')
    try {
      await startMain()
      electron.state.resolveReady()
      await vi.waitFor(() => expect(electron.state.windows).toHaveLength(1))
      expect(electron.state.windows[0]?.loadURL).toHaveBeenCalledWith('app://mediation/index.html')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('quits without starting when another instance holds the lock', async () => {
    electron.state.gotLock = false
    await startMain()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('quits when all windows are closed, except on macOS', async () => {
    await startMain()
    const onAllClosed = electron.app.on.mock.calls.find(
      (c) => c[0] === 'window-all-closed',
    )?.[1] as () => void
    onAllClosed()
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1)
  })
})
