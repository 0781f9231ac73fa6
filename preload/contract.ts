/**
 * The one IPC contract between the renderer and the main process.
 * Channel names (`area:verb`), request schemas (zod) and response types live here and nowhere else.
 * It imports nothing from electron: main registers handlers against it, the preload exposes one
 * method per entry, and the renderer imports its types only.
 */
import { z } from 'zod'
import { CHANNELS } from './channels'

export { API_KEY, CHANNELS } from './channels'

/** Files larger than this are refused by `file:open` with a clear result, never read into memory. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024
/** Files larger than this cannot be written by `file:save`. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
      .min(1)
      .max(20),
  })
  .strict()

export const saveFileRequest = z
  .object({
    /** Proposed file name only: no folders, no traversal. */
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // Control characters are exactly what a file name must not contain.
      // eslint-disable-next-line no-control-regex
      .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'invalid-name'),
    data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_SAVE_FILE_BYTES, 'too-large'),
    filters: z.array(fileFilter).max(10).optional(),
  })
  .strict()

export const openFileRequest = z
  .object({
    filters: z.array(fileFilter).max(10).optional(),
    /** A caller may ask for a lower limit than the global one. */
    maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
  })
  .strict()

export const appInfoRequest = z.object({}).strict()

export type SaveFileRequest = z.input<typeof saveFileRequest>
export type OpenFileRequest = z.input<typeof openFileRequest>
export type AppInfoRequest = z.input<typeof appInfoRequest>

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' }

export type OpenFileResult =
  | { status: 'opened'; name: string; data: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'too-large'; name: string; size: number; limit: number }

export interface AppInfo {
  name: string
  version: string
  electron: string
  chrome: string
  platform: string
}

export const contract = {
  saveFile: { channel: CHANNELS.saveFile, request: saveFileRequest },
  openFile: { channel: CHANNELS.openFile, request: openFileRequest },
  appInfo: { channel: CHANNELS.appInfo, request: appInfoRequest },
} as const

export interface ResponseMap {
  saveFile: SaveFileResult
  openFile: OpenFileResult
  appInfo: AppInfo
}

export type Operation = keyof typeof contract
export type RequestOf<K extends Operation> = z.input<(typeof contract)[K]['request']>

/** What the preload exposes on `window.desktop`: one method per operation. */
export type DesktopApi = {
  [K in Operation]: (request: RequestOf<K>) => Promise<ResponseMap[K]>
}
