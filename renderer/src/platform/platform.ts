/**
 * What the app needs from its host, whether Electron (through the preload API) or a plain browser.
 * The shapes are the IPC contract's own, so both adapters answer alike.
 */
import type {
  AppInfo,
  OpenFileRequest,
  OpenFileResult,
  PrintPdfResult,
  SaveFileRequest,
  SaveFileResult,
  UploadEndpointProblem,
  UploadEnqueueRequest,
  UploadEnqueueResult,
  UploadFailure,
  UploadJob,
  UploadJobState,
  UploadListResult,
  UploadReceipt,
  UploadRetryResult,
  UploadSettings,
  UploadSettingsSetResult,
  AdminGrantToken,
  BodyFace,
  FontProblem,
  FontsChooseResult,
  FontsClearResult,
  Keeper,
  SystemFaceResult,
} from '../../../preload/contract'

export type { AppInfo, OpenFileRequest, OpenFileResult, PrintPdfResult, SaveFileRequest, SaveFileResult }
export type {
  UploadSettingsSetResult,
  UploadEndpointProblem,
  UploadEnqueueRequest,
  UploadFailure,
  UploadJob,
  UploadJobState,
  UploadListResult,
  UploadReceipt,
  UploadRetryResult,
  UploadSettings,
}
export type { BodyFace, FontProblem, FontsChooseResult, FontsClearResult, SystemFaceResult }
export { uploadEndpointProblem } from '../../../preload/contract'

/**
 * The PC's own 仿宋 for the body text of PDFs, read by main (the administrator's TTF, or one found
 * in the system's font folders). The browser build cannot read the PC's fonts: it has none, and
 * PDFs embed the app's open font throughout.
 */
export interface FontsPlatform {
  available: boolean
  /** Which face PDFs use for body text, with its bytes when `withData`. */
  systemFace(withData: boolean): Promise<SystemFaceResult>
  /** The administrator picks a TTF in main's dialog; main checks the grant and the file. */
  choose(grant: AdminGrantToken): Promise<FontsChooseResult>
  /** Back to the search of the system's font folders. */
  clear(grant: AdminGrantToken): Promise<FontsClearResult>
}

/** What queueing a bundle can answer; `unavailable` in the browser build. */
export type UploadEnqueueOutcome = UploadEnqueueResult | { status: 'unavailable' }

/**
 * Sending export bundles to the district's HTTPS endpoint. The main process owns the queue (it
 * keeps sending while no screen is open, and after a restart), so the browser build has none.
 */
import type { BackupPlatform } from './backup-streams'
export type { BackupPlatform } from './backup-streams'

export interface UploadPlatform {
  available: boolean
  /** Queues a bundle; `sha256` is the lower-case hex SHA-256 of `bytes` (main checks it). */
  enqueue(request: UploadEnqueueRequest): Promise<UploadEnqueueOutcome>
  list(): Promise<UploadListResult>
  /** One job now, or without id every queued job now. */
  retry(id?: string): Promise<UploadRetryResult>
  getSettings(): Promise<UploadSettings>
  /** The administrator's endpoint (https only), or null to stop uploading; main checks the grant. */
  setSettings(endpoint: string | null, grant: AdminGrantToken): Promise<UploadSettingsSetResult>
}

export interface Platform {
  kind: 'electron' | 'browser'
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  appInfo(): Promise<AppInfo>
  /** Prints a PDF through the system print dialog with `copies` preset (Electron; the browser cannot preset it). */
  printPdf(data: Uint8Array<ArrayBuffer>, copies: number): Promise<PrintPdfResult>
  upload: UploadPlatform
  /** What the app keeps outside its database (main's userData, or the page's localStorage). */
  keeper: Keeper
  /** Where backups go and come from (main's folder and dialogs, or downloads and file inputs). */
  backup: BackupPlatform
  /**
   * The OS locking its screen or suspending: `wait(after)` resolves with main's count of such
   * events once it is above `after` (`-1` reads it at once). The browser has none: never resolves.
   */
  systemLock: { wait(after: number): Promise<number> }
  /** The body font of PDFs: the PC's 仿宋 (Electron) or none (the browser). */
  fonts: FontsPlatform
}
