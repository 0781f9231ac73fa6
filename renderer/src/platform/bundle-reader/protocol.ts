/**
 * The messages between the app and its bundle-reading Worker. One worker reads one bundle: it is
 * sent the bytes (transferred) and the registry, answers with progress and the verified bundle or
 * the refusal, then serves the case files one request at a time until it is terminated.
 */
import type { BundleErrorCode, BundleErrorParams } from '../../domain/export/bundle-errors'
import type { BundleCase, BundleLimits } from '../../domain/export/bundle-schema'
import type { SignerCertificate } from '../../domain/export/signer'
import type { VerifiedBundle } from '../../domain/export/verify-bundle'

export type ToReader =
  | { kind: 'open'; bytes: Uint8Array; trusted: SignerCertificate[]; limits: BundleLimits }
  | { kind: 'cases'; id: number; path: string }

/** `id` null: about the bundle as a whole (the `open`); otherwise the `cases` request's. */
export type FromReader =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'opened'; bundle: VerifiedBundle }
  | { kind: 'cases'; id: number; cases: BundleCase[] }
  | { kind: 'refused'; id: number | null; code: BundleErrorCode; params: BundleErrorParams }
  | { kind: 'failed'; id: number | null }

/** The worker's side of the channel (its global scope, or a test's stand-in). */
export interface ReaderPort {
  postMessage(message: FromReader): void
  onmessage: ((event: { data: ToReader }) => void) | null
}

/** The app's side: a Worker, or a test's stand-in. */
export interface ReaderWorker {
  postMessage(message: ToReader, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((event: { data: FromReader }) => void) | null
  onerror: ((event: unknown) => void) | null
  onmessageerror: ((event: unknown) => void) | null
}
