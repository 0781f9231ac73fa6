/**
 * Channel names of the IPC contract, kept free of zod so that the sandboxed preload stays tiny:
 * it needs the names, never the schemas (main parses every payload).
 */
export const CHANNELS = {
  saveFile: 'file:save',
  openFile: 'file:open',
  appInfo: 'app:info',
  printPdf: 'doc:print',
  uploadEnqueue: 'upload:enqueue',
  uploadList: 'upload:list',
  uploadRetry: 'upload:retry',
  uploadSettingsGet: 'upload:settings:get',
  uploadSettingsSet: 'upload:settings:set',
} as const

/** The global name under which the preload exposes the API. */
export const API_KEY = 'desktop'
