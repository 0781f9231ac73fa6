/**
 * The preload: one method per contract operation on window.desktop, nothing more.
 * ipcRenderer itself is never exposed; the renderer can only invoke the contract's channels.
 * Runs sandboxed, so it is bundled into one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { API_KEY, CHANNELS } from './channels'
import type { DesktopApi } from './contract'

const api = {
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.openFile, request),
  appInfo: (request) => ipcRenderer.invoke(CHANNELS.appInfo, request),
  printPdf: (request) => ipcRenderer.invoke(CHANNELS.printPdf, request),
  uploadEnqueue: (request) => ipcRenderer.invoke(CHANNELS.uploadEnqueue, request),
  uploadList: (request) => ipcRenderer.invoke(CHANNELS.uploadList, request),
  uploadRetry: (request) => ipcRenderer.invoke(CHANNELS.uploadRetry, request),
  uploadSettingsGet: (request) => ipcRenderer.invoke(CHANNELS.uploadSettingsGet, request),
  uploadSettingsSet: (request) => ipcRenderer.invoke(CHANNELS.uploadSettingsSet, request),
  authThrottle: (request) => ipcRenderer.invoke(CHANNELS.authThrottle, request),
  authFailure: (request) => ipcRenderer.invoke(CHANNELS.authFailure, request),
  authSuccess: (request) => ipcRenderer.invoke(CHANNELS.authSuccess, request),
  auditPending: (request) => ipcRenderer.invoke(CHANNELS.auditPending, request),
  auditPendingAck: (request) => ipcRenderer.invoke(CHANNELS.auditPendingAck, request),
  auditCheckpoint: (request) => ipcRenderer.invoke(CHANNELS.auditCheckpoint, request),
  auditAnchors: (request) => ipcRenderer.invoke(CHANNELS.auditAnchors, request),
  adminKeyGet: (request) => ipcRenderer.invoke(CHANNELS.adminKeyGet, request),
  adminKeyPin: (request) => ipcRenderer.invoke(CHANNELS.adminKeyPin, request),
  grantRecord: (request) => ipcRenderer.invoke(CHANNELS.grantRecord, request),
  grantLatest: (request) => ipcRenderer.invoke(CHANNELS.grantLatest, request),
  workspaceRecordGet: (request) => ipcRenderer.invoke(CHANNELS.workspaceRecordGet, request),
  workspaceRecordPut: (request) => ipcRenderer.invoke(CHANNELS.workspaceRecordPut, request),
  workspaceRecordClear: (request) => ipcRenderer.invoke(CHANNELS.workspaceRecordClear, request),
  backupFolderGet: (request) => ipcRenderer.invoke(CHANNELS.backupFolderGet, request),
  backupFolderChoose: (request) => ipcRenderer.invoke(CHANNELS.backupFolderChoose, request),
  backupList: (request) => ipcRenderer.invoke(CHANNELS.backupList, request),
  backupPrune: (request) => ipcRenderer.invoke(CHANNELS.backupPrune, request),
  writeBegin: (request) => ipcRenderer.invoke(CHANNELS.writeBegin, request),
  writeChunk: (request) => ipcRenderer.invoke(CHANNELS.writeChunk, request),
  writeCommit: (request) => ipcRenderer.invoke(CHANNELS.writeCommit, request),
  writeAbort: (request) => ipcRenderer.invoke(CHANNELS.writeAbort, request),
  readBegin: (request) => ipcRenderer.invoke(CHANNELS.readBegin, request),
  readChunk: (request) => ipcRenderer.invoke(CHANNELS.readChunk, request),
  readEnd: (request) => ipcRenderer.invoke(CHANNELS.readEnd, request),
  systemLockWait: (request) => ipcRenderer.invoke(CHANNELS.systemLockWait, request),
  fontsSystemFace: (request) => ipcRenderer.invoke(CHANNELS.fontsSystemFace, request),
  fontsChoose: (request) => ipcRenderer.invoke(CHANNELS.fontsChoose, request),
  fontsClear: (request) => ipcRenderer.invoke(CHANNELS.fontsClear, request),
} satisfies DesktopApi

contextBridge.exposeInMainWorld(API_KEY, api)
