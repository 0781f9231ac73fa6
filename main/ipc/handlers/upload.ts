/**
 * `upload:*`: the renderer queues bundles, lists the queue, asks for a retry now, and (the
 * administrator's screen) reads and sets the endpoint. Queueing and setting the endpoint need an
 * administrator's short-lived grant, checked here against the pinned administrators' key, and an
 * identified bundle is never queued. Payloads arrive parsed by the contract's schemas.
 */
import type { AdminKeys } from '../../security/admin-keys'
import { isIdentifiedBundle } from '../../upload/identified'
import type { UploadQueue } from '../../upload/queue'
import type { UploadSettingsStore } from '../../upload/settings-store'
import type { Handlers } from '../register'

export interface UploadHandlerDeps {
  queue: Pick<UploadQueue, 'enqueue' | 'list' | 'retry'>
  settings: Pick<UploadSettingsStore, 'get' | 'set'>
  adminKeys: Pick<AdminKeys, 'allows'>
}

type UploadHandlers = Pick<
  Handlers,
  'uploadEnqueue' | 'uploadList' | 'uploadRetry' | 'uploadSettingsGet' | 'uploadSettingsSet'
>

export function makeUploadHandlers({ queue, settings, adminKeys }: UploadHandlerDeps): UploadHandlers {
  return {
    async uploadEnqueue({ grant, ...request }) {
      if (!(await adminKeys.allows(grant, 'upload'))) return { status: 'not-allowed' }
      if (isIdentifiedBundle(request.bytes)) return { status: 'identified' }
      return queue.enqueue(request)
    },
    uploadList: () => queue.list(),
    uploadRetry: (request) => queue.retry(request.id),
    uploadSettingsGet: () => settings.get(),
    async uploadSettingsSet({ endpoint, grant }) {
      if (!(await adminKeys.allows(grant, 'upload'))) return { status: 'not-allowed' }
      const result = await settings.set(endpoint)
      // A new address deserves a try now rather than after the backoff meant for the old one.
      await queue.retry()
      return { status: 'saved', ...result }
    },
  }
}
