/**
 * The narrow slices of Electron the file handlers need, so tests can pass plain fakes.
 * Electron's `dialog` satisfies these structurally.
 */
import type {
  BaseWindow,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron'

export type GetWindow = () => BaseWindow | null

export interface SaveDialogPort {
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>
}

export interface OpenDialogPort {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>
}

/** Dialogs are always parented to the main window (modal); without one there is no caller. */
export function requireWindow(getWindow: GetWindow): BaseWindow {
  const window = getWindow()
  if (window === null || window.isDestroyed()) throw new Error('ipc: no window')
  return window
}
