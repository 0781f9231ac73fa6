/**
 * What the app needs from its host, whether Electron (through the preload API) or a plain browser.
 * The shapes are the IPC contract's own, so both adapters answer alike.
 */
import type {
  AppInfo,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../../preload/contract'

export type { AppInfo, OpenFileRequest, OpenFileResult, SaveFileRequest, SaveFileResult }

export interface Platform {
  kind: 'electron' | 'browser'
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  appInfo(): Promise<AppInfo>
}
