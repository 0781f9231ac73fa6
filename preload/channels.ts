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
  authThrottle: 'auth:throttle',
  authFailure: 'auth:failure',
  authSuccess: 'auth:success',
  auditPending: 'audit:pending',
  auditPendingAck: 'audit:pending:ack',
  auditCheckpoint: 'audit:checkpoint',
  auditAnchors: 'audit:anchors',
  adminKeyGet: 'admin-key:get',
  adminKeyPin: 'admin-key:pin',
  grantRecord: 'grant:record',
  grantLatest: 'grant:latest',
  workspaceRecordGet: 'workspace:record:get',
  workspaceRecordPut: 'workspace:record:put',
  workspaceRecordClear: 'workspace:record:clear',
  backupFolderGet: 'backup:folder:get',
  backupFolderChoose: 'backup:folder:choose',
  backupList: 'backup:list',
  backupPrune: 'backup:prune',
  writeBegin: 'stream:write:begin',
  writeChunk: 'stream:write:chunk',
  writeCommit: 'stream:write:commit',
  writeAbort: 'stream:write:abort',
  readBegin: 'stream:read:begin',
  readChunk: 'stream:read:chunk',
  readEnd: 'stream:read:end',
  systemLockWait: 'system:lock:wait',
  fontsSystemFace: 'fonts:system-face',
  fontsChoose: 'fonts:choose',
  fontsClear: 'fonts:clear',
} as const

/** The global name under which the preload exposes the API. */
export const API_KEY = 'desktop'
