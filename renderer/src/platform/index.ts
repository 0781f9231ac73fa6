/** Chooses the platform: the preload API when running in Electron, the browser twin elsewhere. */
import { API_KEY, type DesktopApi } from '../../../preload/contract'
import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

export type { Platform } from './platform'
export type {
  BodyFace,
  FontProblem,
  FontsChooseResult,
  FontsClearResult,
  FontsPlatform,
  SystemFaceResult,
} from './platform'
export type {
  UploadEndpointProblem,
  UploadEnqueueOutcome,
  UploadJob,
  UploadListResult,
  UploadPlatform,
} from './platform'
export { uploadEndpointProblem } from './platform'
export type { BackupFolder } from '../../../preload/contract'
export { StreamFailure, type BackupPlatform, type BackupSink, type BackupSource } from './backup-streams'

export function detectPlatform(): Platform {
  const api = (globalThis as Record<string, unknown>)[API_KEY] as DesktopApi | undefined
  return api ? createElectronPlatform(api) : createBrowserPlatform()
}
