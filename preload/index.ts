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
} satisfies DesktopApi

contextBridge.exposeInMainWorld(API_KEY, api)
