/**
 * A bundle opened for import: verified in full, then its case files read again one at a time while
 * they are merged (a district never holds 100,000 parsed cases at once). `openBundle` does it here,
 * on the caller's thread — what the command line and the Node tests use; the app hands the data layer
 * an opener with the same contract that runs this very code in a Web Worker
 * (platform/bundle-reader), so the screen stays responsive whatever the bundle holds.
 */
import { checkAgainstRegistry } from './bundle-signature'
import type { BundleCase, BundleLimits } from './bundle-schema'
import { BUNDLE_LIMITS } from './bundle-schema'
import { readBundle, readCasesFile, type VerifiedBundle } from './read-bundle'
import type { TrustedSigners } from './signer'

export interface OpenBundleOptions {
  /** The registered signers; the signature is checked against these only. */
  trusted: TrustedSigners
  limits?: BundleLimits
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
}

export interface BundleSession {
  /** Checked completely; `cases` is empty (read them with `casesFile`). */
  readonly bundle: VerifiedBundle
  /** One case file of `bundle.caseFiles`, checked again against its schema. */
  casesFile(path: string): Promise<BundleCase[]>
  /** Frees what the session holds (the worker, if there is one). */
  close(): void
}

/**
 * Opens a bundle or refuses it with a BundleError. The bytes are the session's from then on: an
 * opener may hand them to another thread (transferred, so the caller's copy is emptied).
 */
export type BundleOpener = (bytes: Uint8Array, options: OpenBundleOptions) => Promise<BundleSession>

export const openBundle: BundleOpener = async (bytes, options) => {
  const { trusted } = options
  const { bundle, zip } = await readBundle(
    bytes,
    {
      trusted,
      limits: options.limits ?? BUNDLE_LIMITS,
      onProgress: options.onProgress,
      signal: options.signal,
      keepCases: false,
    },
    (manifest, signature, pem) => checkAgainstRegistry(manifest, signature, pem, trusted),
  )
  return {
    bundle,
    casesFile: async (path) => {
      if (!bundle.caseFiles.includes(path)) throw new Error(`not a case file of this bundle: ${path}`)
      return readCasesFile(zip, bundle.manifest, path)
    },
    close: () => undefined,
  }
}
