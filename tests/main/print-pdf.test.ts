import { describe, expect, it, vi } from 'vitest'
import { makePrintPdfHandler, type PrintWindow } from '../../main/ipc/handlers/print-pdf'
import { asWebContents, fakeWebContents } from './support/fakes'

const ctx = { sender: asWebContents(fakeWebContents()) }
const PDF = new TextEncoder().encode('%PDF-1.7\n%test\n')

function setUp(printResult: [boolean, string] | 'load-fails') {
  const events: string[] = []
  let navigate: ((e: { preventDefault(): void }) => void) | undefined
  let openHandler: (() => { action: 'deny' }) | undefined
  let destroyed = false
  const window: PrintWindow = {
    loadFile: vi.fn((path: string) => {
      events.push(`load ${path}`)
      return printResult === 'load-fails' ? Promise.reject(new Error('ERR_FAILED')) : Promise.resolve()
    }),
    webContents: {
      print: vi.fn((options, callback) => {
        events.push(`print ${options.copies}`)
        if (printResult !== 'load-fails') callback(...printResult)
      }),
      setWindowOpenHandler: vi.fn((h) => {
        openHandler = h
      }),
      on: vi.fn((_event, listener) => {
        navigate = listener
      }),
    },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      destroyed = true
      events.push('destroy')
    }),
  }
  const writeTemp = vi.fn((data: Uint8Array) => {
    events.push(`write ${data.byteLength}`)
    return Promise.resolve({
      path: '/tmp/mediation-print-x/document.pdf',
      remove: () => {
        events.push('remove')
        return Promise.resolve()
      },
    })
  })
  const createWindow = vi.fn(() => window)
  const handler = makePrintPdfHandler({ createWindow, writeTemp, wait: () => Promise.resolve() })
  return { handler, window, createWindow, events, navigate: () => navigate, openHandler: () => openHandler }
}

describe('printPdf handler', () => {
  it('prints the PDF from a temporary file with the requested copies, then cleans up', async () => {
    const { handler, events, createWindow } = setUp([true, ''])
    await expect(handler({ data: PDF, copies: 3 }, ctx)).resolves.toEqual({ status: 'printed' })
    expect(events).toEqual([
      `write ${PDF.byteLength}`,
      'load /tmp/mediation-print-x/document.pdf',
      'print 3',
      'destroy',
      'remove',
    ])
    expect(createWindow).toHaveBeenCalledWith('file:///tmp/mediation-print-x/document.pdf')
  })

  it('reports a cancelled print dialog as cancelled', async () => {
    const { handler, events } = setUp([false, 'Print job canceled'])
    await expect(handler({ data: PDF, copies: 2 }, ctx)).resolves.toEqual({ status: 'cancelled' })
    expect(events.slice(-2)).toEqual(['destroy', 'remove'])
  })

  it('reports other failures without echoing anything from the document', async () => {
    const { handler } = setUp([false, 'Invalid printer settings'])
    await expect(handler({ data: PDF, copies: 2 }, ctx)).resolves.toEqual({
      status: 'failed',
      reason: 'print-failed',
    })
  })

  it('removes the temporary file even when the PDF does not load', async () => {
    const { handler, events } = setUp('load-fails')
    await expect(handler({ data: PDF, copies: 1 }, ctx)).resolves.toEqual({
      status: 'failed',
      reason: 'load-failed',
    })
    expect(events).not.toContain('print 1')
    expect(events.slice(-2)).toEqual(['destroy', 'remove'])
  })

  it('keeps the print window on the file', async () => {
    const { handler, navigate, openHandler } = setUp([true, ''])
    await handler({ data: PDF, copies: 1 }, ctx)
    const event = { preventDefault: vi.fn() }
    navigate()?.(event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(openHandler()?.()).toEqual({ action: 'deny' })
  })
})
