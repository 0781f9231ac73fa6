/**
 * The one IPC contract between the renderer and the main process: every channel (`area:verb`),
 * its request schema (zod, strict) and its response type, in one map. The schemas themselves are
 * kept by area in preload/schemas/ (files and printing, upload, security state, large-file streams,
 * the PDF body font)
 * and re-exported here, so every side imports this module only. It imports nothing from electron:
 * main registers handlers against it, the preload exposes one method per entry, and the renderer
 * imports its types only.
 */
import type { z } from 'zod'
import { CHANNELS } from './channels'
import * as files from './schemas/files'
import * as fonts from './schemas/fonts'
import * as security from './schemas/security'
import * as streams from './schemas/streams'
import * as upload from './schemas/upload'

export { API_KEY, CHANNELS } from './channels'
export * from './schemas/files'
export * from './schemas/fonts'
export * from './schemas/security'
export * from './schemas/streams'
export * from './schemas/upload'

export const contract = {
  saveFile: { channel: CHANNELS.saveFile, request: files.saveFileRequest },
  openFile: { channel: CHANNELS.openFile, request: files.openFileRequest },
  appInfo: { channel: CHANNELS.appInfo, request: files.appInfoRequest },
  printPdf: { channel: CHANNELS.printPdf, request: files.printPdfRequest },
  uploadEnqueue: { channel: CHANNELS.uploadEnqueue, request: upload.uploadEnqueueRequest },
  uploadList: { channel: CHANNELS.uploadList, request: upload.uploadListRequest },
  uploadRetry: { channel: CHANNELS.uploadRetry, request: upload.uploadRetryRequest },
  uploadSettingsGet: { channel: CHANNELS.uploadSettingsGet, request: upload.uploadSettingsGetRequest },
  uploadSettingsSet: { channel: CHANNELS.uploadSettingsSet, request: upload.uploadSettingsSetRequest },
  authThrottle: { channel: CHANNELS.authThrottle, request: security.throttleCheckRequest },
  authFailure: { channel: CHANNELS.authFailure, request: security.loginFailureRequest },
  authSuccess: { channel: CHANNELS.authSuccess, request: security.loginSuccessRequest },
  auditPending: { channel: CHANNELS.auditPending, request: security.pendingListRequest },
  auditPendingAck: { channel: CHANNELS.auditPendingAck, request: security.pendingAckRequest },
  auditCheckpoint: { channel: CHANNELS.auditCheckpoint, request: security.auditCheckpointRequest },
  auditAnchors: { channel: CHANNELS.auditAnchors, request: security.auditAnchorsRequest },
  adminKeyGet: { channel: CHANNELS.adminKeyGet, request: security.adminKeyGetRequest },
  adminKeyPin: { channel: CHANNELS.adminKeyPin, request: security.adminKeyPinRequest },
  grantRecord: { channel: CHANNELS.grantRecord, request: security.grantRecordRequest },
  grantLatest: { channel: CHANNELS.grantLatest, request: security.grantLatestRequest },
  workspaceRecordGet: { channel: CHANNELS.workspaceRecordGet, request: security.workspaceRecordGetRequest },
  workspaceRecordPut: { channel: CHANNELS.workspaceRecordPut, request: security.workspaceRecordPutRequest },
  workspaceRecordClear: {
    channel: CHANNELS.workspaceRecordClear,
    request: security.workspaceRecordClearRequest,
  },
  backupFolderGet: { channel: CHANNELS.backupFolderGet, request: streams.backupFolderGetRequest },
  backupFolderChoose: { channel: CHANNELS.backupFolderChoose, request: streams.backupFolderChooseRequest },
  backupList: { channel: CHANNELS.backupList, request: streams.backupListRequest },
  backupPrune: { channel: CHANNELS.backupPrune, request: streams.backupPruneRequest },
  writeBegin: { channel: CHANNELS.writeBegin, request: streams.writeBeginRequest },
  writeChunk: { channel: CHANNELS.writeChunk, request: streams.writeChunkRequest },
  writeCommit: { channel: CHANNELS.writeCommit, request: streams.writeEndRequest },
  writeAbort: { channel: CHANNELS.writeAbort, request: streams.writeEndRequest },
  readBegin: { channel: CHANNELS.readBegin, request: streams.readBeginRequest },
  readChunk: { channel: CHANNELS.readChunk, request: streams.readChunkRequest },
  readEnd: { channel: CHANNELS.readEnd, request: streams.readEndRequest },
  systemLockWait: { channel: CHANNELS.systemLockWait, request: security.systemLockWaitRequest },
  fontsSystemFace: { channel: CHANNELS.fontsSystemFace, request: fonts.fontsSystemFaceRequest },
  fontsChoose: { channel: CHANNELS.fontsChoose, request: fonts.fontsChooseRequest },
  fontsClear: { channel: CHANNELS.fontsClear, request: fonts.fontsClearRequest },
} as const

export interface ResponseMap {
  saveFile: files.SaveFileResult
  openFile: files.OpenFileResult
  appInfo: files.AppInfo
  printPdf: files.PrintPdfResult
  uploadEnqueue: upload.UploadEnqueueResult
  uploadList: upload.UploadListResult
  uploadRetry: upload.UploadRetryResult
  uploadSettingsGet: upload.UploadSettings
  uploadSettingsSet: upload.UploadSettingsSetResult
  authThrottle: security.ThrottleState
  authFailure: security.ThrottleState
  authSuccess: { ok: true }
  auditPending: security.PendingFailures
  auditPendingAck: security.PendingFailures
  auditCheckpoint: security.AuditCheckpointResult
  auditAnchors: security.AuditAnchors
  adminKeyGet: security.AdminKeyInfo
  adminKeyPin: security.AdminKeyPinResult
  grantRecord: security.GrantRecordResult
  grantLatest: security.GrantLatest
  workspaceRecordGet: { record: security.WorkspaceRecord | null }
  workspaceRecordPut: { ok: true }
  workspaceRecordClear: { ok: true }
  backupFolderGet: streams.BackupFolder
  backupFolderChoose: streams.BackupFolderChooseResult
  backupList: streams.BackupList
  backupPrune: streams.BackupPruneResult
  writeBegin: streams.WriteBeginResult
  writeChunk: streams.WriteChunkResult
  writeCommit: streams.WriteCommitResult
  writeAbort: { ok: true }
  readBegin: streams.ReadBeginResult
  readChunk: streams.ReadChunkResult
  readEnd: { ok: true }
  systemLockWait: security.SystemLockCount
  fontsSystemFace: fonts.SystemFaceResult
  fontsChoose: fonts.FontsChooseResult
  fontsClear: fonts.FontsClearResult
}

export type Operation = keyof typeof contract
export type RequestOf<K extends Operation> = z.input<(typeof contract)[K]['request']>

/** What the preload exposes on `window.desktop`: one method per operation. */
export type DesktopApi = {
  [K in Operation]: (request: RequestOf<K>) => Promise<ResponseMap[K]>
}
