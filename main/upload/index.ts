/**
 * The upload service as the app runs it: settings and queue under userData, real HTTPS, the
 * system clock. Started at ready; a queue folder that cannot be read leaves uploads unavailable
 * (each call fails) without stopping the app.
 */
import { join } from 'node:path'
import { makeHttpsSend } from './https-send'
import { createJobStore } from './job-store'
import { createUploadQueue, type UploadQueue } from './queue'
import { createUploadSettingsStore, type UploadSettingsStore } from './settings-store'

export interface UploadService {
  queue: UploadQueue
  settings: UploadSettingsStore
}

export const UPLOAD_QUEUE_DIR = 'upload-queue'
export const UPLOAD_SETTINGS_FILE = 'upload-settings.json'

export function startUploadService(userData: string): UploadService {
  const settings = createUploadSettingsStore(join(userData, UPLOAD_SETTINGS_FILE))
  const queue = createUploadQueue({
    store: createJobStore(join(userData, UPLOAD_QUEUE_DIR)),
    send: makeHttpsSend(),
    getEndpoint: () => settings.endpoint(),
  })
  queue.start().catch((error: unknown) => {
    console.error('upload: the queue folder could not be read', (error as { code?: unknown }).code)
  })
  return { queue, settings }
}
