/**
 * Printing in the browser build: the PDF is shown in a hidden frame from a blob: URL and the
 * frame's print() opens the browser's print dialog. A page cannot preset the number of copies,
 * so the screen tells the user how many to print.
 */
import type { PrintPdfResult } from '../../../preload/contract'

/** How long the frame stays after print() returns (some viewers print asynchronously). */
const CLEANUP_MS = 60_000

export function printPdfInFrame(data: Uint8Array): Promise<PrintPdfResult> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }))
    const frame = document.createElement('iframe')
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden'
    const cleanUp = () =>
      setTimeout(() => {
        frame.remove()
        URL.revokeObjectURL(url)
      }, CLEANUP_MS)
    frame.addEventListener('load', () => {
      try {
        frame.contentWindow?.focus()
        frame.contentWindow?.print()
        resolve({ status: 'printed' })
      } catch {
        resolve({ status: 'failed', reason: 'print-failed' })
      } finally {
        cleanUp()
      }
    })
    frame.src = url
    document.body.append(frame)
  })
}
