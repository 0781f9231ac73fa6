/**
 * `upload:*`: the renderer queues bundles, lists the queue, asks for a retry now, and (the
 * administrator's screen) reads and sets the endpoint. Payloads arrive parsed by the contract's
 * schemas; the work is the upload service's.
 */
import type { UploadQueue } from '../../upload/queue'
import type { UploadSettingsStore } from '../../upload/settings-store'
import type { Handlers } from '../register'

export interface UploadHandlerDeps {
  queue: Pick<UploadQueue, 'enqueue' | 'list' | 'retry'>
  settings: Pick<UploadSettingsStore, 'get' | 'set'>
}

type UploadHandlers = Pick<
  Handlers,
  'uploadEnqueue' | 'uploadList' | 'uploadRetry' | 'uploadSettingsGet' | 'uploadSettingsSet'
>

export function makeUploadHandlers({ queue, settings }: UploadHandlerDeps): UploadHandlers {
  return {
    uploadEnqueue: (request) => queue.enqueue(request),
    uploadList: () => queue.list(),
    uploadRetry: (request) => queue.retry(request.id),
    uploadSettingsGet: () => settings.get(),
    async uploadSettingsSet(request) {
      const result = await settings.set(request.endpoint)
      // A new address deserves a try now rather than after the backoff meant for the old one.
      await queue.retry()
      return result
    },
  }
}
