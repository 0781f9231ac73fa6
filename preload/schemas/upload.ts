/**
 * IPC schemas of the upload queue: bundles sent to the district's HTTPS endpoint by main, with
 * retries. Changing the endpoint and queueing need an administrator's grant (see security.ts).
 */
import { z } from 'zod'
import { adminGrant } from './security'

import { bareFileName } from './files'

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
    grant: adminGrant,
  })
  .strict()

export const uploadListRequest = z.object({}).strict()
/** One job by id (queued or failed), or without id every queued job: "try now". */
export const uploadRetryRequest = z.object({ id: z.uuid().optional() }).strict()
export const uploadSettingsGetRequest = z.object({}).strict()
/** null clears the endpoint: uploads pause, queued jobs stay. */
export const uploadSettingsSetRequest = z
  .object({ endpoint: uploadEndpoint.nullable(), grant: adminGrant })
  .strict()

export type UploadEnqueueRequest = z.input<typeof uploadEnqueueRequest>
export type UploadRetryRequest = z.input<typeof uploadRetryRequest>
export type UploadSettingsSetRequest = z.input<typeof uploadSettingsSetRequest>

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

/** `identified`: bundles that carry names are never queued, only saved (they would wait in plain files). */
export type UploadEnqueueResult =
  | { status: 'queued'; job: UploadJob }
  | { status: 'not-configured' }
  | { status: 'hash-mismatch' }
  | { status: 'identified' }
  | { status: 'not-allowed' }

export interface UploadListResult {
  configured: boolean
  jobs: UploadJob[]
}

export interface UploadRetryResult {
  retried: number
}

/** Setting the endpoint needs an administrator's grant; without a valid one nothing changes. */
export type UploadSettingsSetResult = (UploadSettings & { status: 'saved' }) | { status: 'not-allowed' }

export interface UploadSettings {
  endpoint: string | null
}
