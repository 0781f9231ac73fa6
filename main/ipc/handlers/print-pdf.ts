/**
 * `doc:print`: prints a PDF the renderer made (a document with copies = parties + 1). The bytes
 * are written to a private temporary folder (a data: URL would hit Chromium's 2 MB URL limit for
 * an archive volume), shown in a hidden window by Chromium's PDF viewer, printed through the
 * system print dialog with the number of copies preset, and removed again whatever happens.
 */
import { pathToFileURL } from 'node:url'
import type { PrintPdfResult } from '../../../preload/contract'
import type { Handlers } from '../register'

/** The slice of a BrowserWindow the handler uses, so tests can pass a fake. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>
  webContents: {
    print(
      options: { silent: boolean; printBackground: boolean; copies: number },
      callback: (success: boolean, failureReason: string) => void,
    ): void
    setWindowOpenHandler(handler: () => { action: 'deny' }): void
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown
  }
  isDestroyed(): boolean
  destroy(): void
}

export interface TempPdf {
  path: string
  remove(): Promise<void>
}

export interface PrintPdfDeps {
  /** A hidden, sandboxed window guarded to show only `fileUrl` (see main/print-window.ts). */
  createWindow: (fileUrl: string) => PrintWindow
  writeTemp: (data: Uint8Array) => Promise<TempPdf>
  /** Time for the PDF viewer to lay out the pages after loading, before printing. */
  settleMs?: number
  wait?: (ms: number) => Promise<void>
}

const CANCELLED = /cancel/i

export function makePrintPdfHandler(deps: PrintPdfDeps): Handlers['printPdf'] {
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  return async ({ data, copies }): Promise<PrintPdfResult> => {
    const file = await deps.writeTemp(data)
    const window = deps.createWindow(pathToFileURL(file.path).href)
    // The viewer shows our file only: no links followed, no windows opened.
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    window.webContents.on('will-navigate', (event) => event.preventDefault())
    try {
      await window.loadFile(file.path)
      await wait(deps.settleMs ?? 500)
      return await new Promise<PrintPdfResult>((resolve) => {
        window.webContents.print({ silent: false, printBackground: true, copies }, (success, reason) => {
          if (success) resolve({ status: 'printed' })
          else if (CANCELLED.test(reason)) resolve({ status: 'cancelled' })
          else resolve({ status: 'failed', reason: 'print-failed' })
        })
      })
    } catch {
      return { status: 'failed', reason: 'load-failed' }
    } finally {
      if (!window.isDestroyed()) window.destroy()
      await file.remove()
    }
  }
}
