/**
 * Why a bundle was refused. Every refusal is one code with a few parameters (file path, position,
 * sizes), never free prose: the UI and the command line turn it into a sentence in the reader's
 * language (i18n `export.errors.<code>`). Parameters never carry personal data — only paths,
 * numbers, versions and fingerprints.
 */

export const BUNDLE_ERROR_CODES = [
  'too-large',
  'zip-corrupt',
  'zip64',
  'too-many-entries',
  'entry-too-large',
  'total-too-large',
  'unsafe-path',
  'duplicate-entry',
  'unsupported-compression',
  'inflate-overrun',
  'missing-file',
  'unexpected-file',
  'json-invalid',
  'json-too-deep',
  'json-forbidden-key',
  'wrong-format',
  'schema-version',
  'schema-invalid',
  'certificate-invalid',
  'signer-mismatch',
  'signature-invalid',
  'unknown-signer',
  'size-mismatch',
  'hash-mismatch',
  'count-mismatch',
  'duplicate-case',
  'time-limit',
  'cancelled',
] as const
export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number]

export type BundleErrorParams = Record<string, string | number>

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    readonly params: BundleErrorParams = {},
  ) {
    super(`bundle refused: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`)
    this.name = 'BundleError'
  }
}

export function isBundleError(e: unknown): e is BundleError {
  return e instanceof BundleError
}

/** `{{name}}` interpolation, for callers without i18next (the command-line tools). */
export function formatBundleError(error: BundleError, messages: Record<BundleErrorCode, string>): string {
  return messages[error.code].replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(error.params[k] ?? ''))
}
