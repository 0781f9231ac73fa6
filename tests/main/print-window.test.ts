/**
 * The hidden print window: its options as BrowserWindow receives them (a literal the scanner can
 * read) and its own guards — it shows the one PDF file, and nothing else.
 */
import { describe, expect, it, vi } from 'vitest'
import { navigationEvent, type fakeWebContents } from './support/fakes'

const created = vi.hoisted(() => [] as Array<{ options: Record<string, unknown>; window: unknown }>)

vi.mock('electron', async () => {
  const { fakeWebContents: makeContents } = await import('./support/fakes')
  class BrowserWindow {
    webContents = makeContents(9)
    constructor(options: Record<string, unknown>) {
      created.push({ options, window: this })
    }
  }
  return { BrowserWindow }
})

const { createPrintWindow } = await import('../../main/print-window')
const FILE = 'file:///home/u/.config/mediation-room/print-tmp/job-1/document.pdf'

describe('the print window', () => {
  it('is hidden, sandboxed, isolated, has no preload and no DevTools, and shows PDFs', () => {
    createPrintWindow(FILE)
    const options = created.at(-1)?.options as { show: boolean; webPreferences: Record<string, unknown> }
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      plugins: true,
      devTools: false,
    })
    expect(options.webPreferences.preload).toBeUndefined()
  })

  it('navigates nowhere but the file, opens no window and attaches no webview', () => {
    const window = createPrintWindow(FILE) as unknown as { webContents: ReturnType<typeof fakeWebContents> }
    const contents = window.webContents
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const away = navigationEvent('https://example.com/')
      contents.emit(event, away)
      expect(away.preventDefault).toHaveBeenCalled()
      const file = navigationEvent(FILE)
      contents.emit(event, file)
      expect(file.preventDefault).not.toHaveBeenCalled()
    }
    // The PDF viewer's own frames draw the file: a sub-frame navigation is left to them.
    const viewer = { ...navigationEvent('chrome-extension://viewer/index.html'), isMainFrame: false }
    contents.emit('will-frame-navigate', viewer)
    expect(viewer.preventDefault).not.toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as () => unknown
    expect(openHandler()).toEqual({ action: 'deny' })
  })
})
