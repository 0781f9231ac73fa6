/**
 * Small stand-ins for Electron objects (web contents, windows, IPC events) shared by the
 * main-process tests. They record what the code under test registers so tests can fire it.
 */
import type { BaseWindow, IpcMainInvokeEvent, WebContents } from 'electron'
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

export interface FakeWebContents {
  id: number
  listeners: Map<string, Listener[]>
  on: (event: string, listener: Listener) => FakeWebContents
  setWindowOpenHandler: ReturnType<typeof vi.fn>
  closeDevTools: ReturnType<typeof vi.fn>
  /** Fires every listener registered for `event` with `args`. */
  emit: (event: string, ...args: unknown[]) => void
}

export function fakeWebContents(id = 1): FakeWebContents {
  const listeners = new Map<string, Listener[]>()
  const contents: FakeWebContents = {
    id,
    listeners,
    on: (event, listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    },
    setWindowOpenHandler: vi.fn(),
    closeDevTools: vi.fn(),
    emit: (event, ...args) => {
      for (const listener of listeners.get(event) ?? []) listener(...args)
    },
  }
  return contents
}

export const asWebContents = (fake: FakeWebContents | { id: number }): WebContents =>
  fake as unknown as WebContents

/** A navigation-style event as Electron passes it: details with url, and preventDefault. */
export function navigationEvent(url: string): {
  url: string
  preventDefault: ReturnType<typeof vi.fn>
} {
  return { url, preventDefault: vi.fn() }
}

export function invokeEvent(sender: { id: number }, frameUrl: string | null): IpcMainInvokeEvent {
  return {
    sender,
    senderFrame: frameUrl === null ? null : { url: frameUrl },
  } as unknown as IpcMainInvokeEvent
}

export function fakeWindow(): BaseWindow {
  return { isDestroyed: () => false } as unknown as BaseWindow
}
