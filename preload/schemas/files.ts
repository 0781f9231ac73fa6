/**
 * IPC schemas of files and the machine: save and open through dialogs, the app's versions, and
 * printing a PDF. Payloads are checked here and again by main; errors never echo them.
 */
import { z } from 'zod'

/** Files larger than this are refused by `file:open` with a clear result, never read into memory. */
export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024
/** Files larger than this cannot be written by `file:save`. */
export const MAX_SAVE_FILE_BYTES = 512 * 1024 * 1024

export const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^[a-z0-9*]{1,10}$/i))
      .min(1)
      .max(20),
  })
  .strict()

/** A file name only: no folders, no traversal. */
export const bareFileName = z
  .string()
  .min(1)
  .max(200)
  // Control characters are exactly what a file name must not contain.
  // eslint-disable-next-line no-control-regex
  .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'invalid-name')

export const saveFileRequest = z
  .object({
    /** Proposed file name only: no folders, no traversal. */
    suggestedName: bareFileName,
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

/** PDFs larger than this are not printed through `doc:print`. */
export const MAX_PRINT_PDF_BYTES = 200 * 1024 * 1024
/** At most this many copies in one print job. */
export const MAX_PRINT_COPIES = 50

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

export const printPdfRequest = z
  .object({
    /** The PDF bytes: checked to be a PDF, so the hidden print window never shows anything else. */
    data: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength <= MAX_PRINT_PDF_BYTES, 'too-large')
      .refine((d) => PDF_MAGIC.every((b, i) => d[i] === b), 'not-pdf'),
    copies: z.number().int().min(1).max(MAX_PRINT_COPIES),
  })
  .strict()

export type SaveFileRequest = z.input<typeof saveFileRequest>
export type OpenFileRequest = z.input<typeof openFileRequest>
export type AppInfoRequest = z.input<typeof appInfoRequest>
export type PrintPdfRequest = z.input<typeof printPdfRequest>

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

/** `cancelled` when the user closed the print dialog; `failed` never carries document content. */
export type PrintPdfResult =
  { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; reason: string }
