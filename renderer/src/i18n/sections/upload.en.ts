/** en messages for uploading export bundles to the district (`upload`), shaped like zh-CN. */
import type { uploadZhCN } from './upload.zh-CN'

export const uploadEn: typeof uploadZhCN = {
  upload: {
    title: 'Upload to the district',
    intro:
      'This PC sends exported bundles in the background over HTTPS to the address the administrator set; while the network is down they wait in a queue and are retried, and the receipt is kept once accepted.',
    unavailable:
      'Uploading needs the desktop app. In the browser version, export the bundle and hand it in as the district asks.',
    endpoint: 'Upload address',
    endpointHint: 'The https:// address the district gave you. It must not contain a user name or password.',
    endpointPlaceholder: 'https://',
    endpointNone: 'No upload address is set; bundles are not uploaded.',
    endpointIs: 'Upload address: {{endpoint}}',
    endpointAdminOnly: 'The upload address is set by an administrator.',
    save: 'Save address',
    clear: 'Stop uploading',
    saved: 'Upload address saved',
    cleared: 'Upload address cleared; the queue is paused',
    errors: {
      invalid: 'Enter a complete address, e.g. https://example.gov.cn/api/bundles',
      notHttps: 'Only https:// addresses are allowed: bundles must travel encrypted',
      credentials: 'The address must not contain a user name or password',
      saveFailed: 'Could not save. Please try again.',
      listFailed: 'Could not read the upload queue.',
      notAllowed: 'Only an administrator holding the signing key can change the upload address.',
    },
    queue: 'Upload queue',
    paused: 'No upload address is set: the queue is paused.',
    empty: 'No bundles to upload yet.',
    columns: {
      name: 'Bundle',
      created: 'Queued',
      attempts: 'Attempts',
      nextRetry: 'Next retry',
      state: 'State',
      receipt: 'Receipt',
    },
    states: {
      queued: 'Queued',
      sending: 'Sending',
      done: 'Delivered',
      failed: 'Refused',
    },
    lastError: {
      http: 'Last: the server answered {{status}}',
      network: 'Last: connection failed ({{code}})',
      local: 'The bundle file is missing',
    },
    retryNow: 'Retry now',
    retryAll: 'Retry all now',
    retried: '{{count}} bundle(s) will be retried now',
    viewReceipt: 'Receipt {{status}}',
    receiptTitle: 'Receipt: {{name}}',
    receivedAt: 'Received: {{time}}',
    truncated: 'The receipt was too long; only the first 64 KB were kept.',
    enqueue: {
      queued: 'Added to the upload queue: {{name}}',
      notConfigured: 'No upload address is set. Please ask an administrator.',
      hashMismatch: 'The bundle failed its check and was not queued.',
      unavailable: 'Uploading needs the desktop app.',
      identified:
        'A bundle with names in it is only saved on this PC, never queued (it would wait in a plain file).',
      notAllowed: 'Only an administrator holding the signing key can upload bundles.',
    },
  },
}
