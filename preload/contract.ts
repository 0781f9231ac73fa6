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

/** A file name only: no folders, no traversal. */
const bareFileName = z
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

/** Bundles larger than this are refused by `upload:enqueue`: they cross IPC in one piece. */
export const MAX_UPLOAD_BUNDLE_BYTES = 100 * 1024 * 1024
const MAX_ENDPOINT_LENGTH = 2000

export type UploadEndpointProblem = 'invalid' | 'not-https' | 'credentials'

/**
 * Why an upload endpoint is refused, or null when it is acceptable: an absolute https:// URL with a
 * host and no user name or password (a secret in a URL ends up on screen and in server logs).
 * Shared by the renderer (to explain) and main (to enforce).
 */
export function uploadEndpointProblem(value: string): UploadEndpointProblem | null {
  if (value.length > MAX_ENDPOINT_LENGTH) return 'invalid'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'invalid'
  }
  if (url.protocol !== 'https:') return 'not-https'
  if (url.username !== '' || url.password !== '') return 'credentials'
  if (url.hostname === '') return 'invalid'
  return null
}

/** An upload endpoint, normalised (`new URL().href`); the issue message is the problem's name. */
export const uploadEndpoint = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = uploadEndpointProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform((value) => new URL(value).href)

export const uploadEnqueueRequest = z
  .object({
    name: bareFileName,
    bytes: z
      .instanceof(Uint8Array)
      .refine((d) => d.byteLength > 0 && d.byteLength <= MAX_UPLOAD_BUNDLE_BYTES, 'bad-size'),
    /** Lower-case hex SHA-256 of `bytes`; main recomputes it and refuses a mismatch. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict()

export const uploadListRequest = z.object({}).strict()
/** One job by id (queued or failed), or without id every queued job: "try now". */
export const uploadRetryRequest = z.object({ id: z.uuid().optional() }).strict()
export const uploadSettingsGetRequest = z.object({}).strict()
/** null clears the endpoint: uploads pause, queued jobs stay. */
export const uploadSettingsSetRequest = z.object({ endpoint: uploadEndpoint.nullable() }).strict()

export type SaveFileRequest = z.input<typeof saveFileRequest>
export type OpenFileRequest = z.input<typeof openFileRequest>
export type AppInfoRequest = z.input<typeof appInfoRequest>
export type PrintPdfRequest = z.input<typeof printPdfRequest>

/** `cancelled` when the user closed the print dialog; `failed` never carries document content. */
export type PrintPdfResult =
  { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; reason: string }
export type UploadEnqueueRequest = z.input<typeof uploadEnqueueRequest>
export type UploadRetryRequest = z.input<typeof uploadRetryRequest>
export type UploadSettingsSetRequest = z.input<typeof uploadSettingsSetRequest>

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

/** queued → sending → done, or failed (refused for good: 4xx other than 408/429, 3xx, missing bytes). */
export type UploadJobState = 'queued' | 'sending' | 'done' | 'failed'

/** What the district's server answered; `body` is the parsed JSON when it parses, else the text. */
export interface UploadReceipt {
  status: number
  body: unknown
  /** The body was longer than main keeps (64 KB) and was cut. */
  truncated: boolean
  receivedAt: string
}

/** Why the last attempt did not succeed. Network failures carry the error code only. */
export type UploadFailure =
  | { kind: 'http'; status: number; body: unknown; truncated: boolean; at: string }
  | { kind: 'network'; code: string; at: string }
  | { kind: 'local'; code: 'bundle-missing'; at: string }

/** One bundle in the upload queue, as stored in its job file (the bytes are kept beside it). */
export interface UploadJob {
  id: string
  name: string
  sha256: string
  size: number
  createdAt: string
  state: UploadJobState
  attempts: number
  /** When a queued job is tried next; null once done or failed. */
  nextAttemptAt: string | null
  lastAttemptAt: string | null
  lastError: UploadFailure | null
  receipt: UploadReceipt | null
}

export type UploadEnqueueResult =
  { status: 'queued'; job: UploadJob } | { status: 'not-configured' } | { status: 'hash-mismatch' }

export interface UploadListResult {
  configured: boolean
  jobs: UploadJob[]
}

export interface UploadRetryResult {
  retried: number
}

export interface UploadSettings {
  endpoint: string | null
}

export const contract = {
  saveFile: { channel: CHANNELS.saveFile, request: saveFileRequest },
  openFile: { channel: CHANNELS.openFile, request: openFileRequest },
  appInfo: { channel: CHANNELS.appInfo, request: appInfoRequest },
  printPdf: { channel: CHANNELS.printPdf, request: printPdfRequest },
  uploadEnqueue: { channel: CHANNELS.uploadEnqueue, request: uploadEnqueueRequest },
  uploadList: { channel: CHANNELS.uploadList, request: uploadListRequest },
  uploadRetry: { channel: CHANNELS.uploadRetry, request: uploadRetryRequest },
  uploadSettingsGet: { channel: CHANNELS.uploadSettingsGet, request: uploadSettingsGetRequest },
  uploadSettingsSet: { channel: CHANNELS.uploadSettingsSet, request: uploadSettingsSetRequest },
} as const

export interface ResponseMap {
  saveFile: SaveFileResult
  openFile: OpenFileResult
  appInfo: AppInfo
  printPdf: PrintPdfResult
  uploadEnqueue: UploadEnqueueResult
  uploadList: UploadListResult
  uploadRetry: UploadRetryResult
  uploadSettingsGet: UploadSettings
  uploadSettingsSet: UploadSettings
}

export type Operation = keyof typeof contract
export type RequestOf<K extends Operation> = z.input<(typeof contract)[K]['request']>

/** What the preload exposes on `window.desktop`: one method per operation. */
export type DesktopApi = {
  [K in Operation]: (request: RequestOf<K>) => Promise<ResponseMap[K]>
}
