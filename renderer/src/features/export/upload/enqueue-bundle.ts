/**
 * For the export screen: queue a bundle for upload. The hash is computed here (WebCrypto) and
 * checked again by the main process, so a bundle damaged on the way is refused, not sent.
 */
import type { AdminGrant } from '../../../data'
import type { UploadEnqueueOutcome, UploadPlatform } from '../../../platform'

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Queues a bundle; main wants an administrator's grant for it (the session signs one). */
export async function enqueueBundle(
  upload: UploadPlatform,
  grant: AdminGrant,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<UploadEnqueueOutcome> {
  return upload.enqueue({ name, bytes, sha256: await sha256Hex(bytes), grant })
}

/** The i18n key that tells the user what became of the bundle. */
export function enqueueMessageKey(outcome: UploadEnqueueOutcome): string {
  switch (outcome.status) {
    case 'queued':
      return 'upload.enqueue.queued'
    case 'not-configured':
      return 'upload.enqueue.notConfigured'
    case 'hash-mismatch':
      return 'upload.enqueue.hashMismatch'
    case 'unavailable':
      return 'upload.enqueue.unavailable'
    case 'identified':
      return 'upload.enqueue.identified'
    case 'not-allowed':
      return 'upload.enqueue.notAllowed'
  }
}
