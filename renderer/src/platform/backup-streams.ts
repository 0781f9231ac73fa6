/**
 * Byte streams for backups, as the data layer's ByteSink / ByteSource shapes (data/backup/ports):
 * in Electron, main's chunked atomic writes into the backup folder or a dialog's file and its
 * chunked reads; in the browser, a download assembled from the written parts and a picked File
 * read slice by slice. A failed write throws StreamFailure with a reason the screen puts in words.
 */
import type {
  BackupFolder,
  BackupFolderChooseResult,
  BackupList,
  BackupPruneResult,
  DesktopApi,
  FolderProblem,
  AdminGrantToken,
} from '../../../preload/contract'

export interface BackupSink {
  write(bytes: Uint8Array): Promise<void>
  commit(): Promise<{ name: string; size: number }>
  abort(): Promise<void>
}
export interface BackupSource {
  readonly size: number
  readonly name: string
  read(offset: number, length: number): Promise<Uint8Array>
  close(): Promise<void>
}

/** `zip`: a readable export (a .zip), not a backup file. */
export type SinkTarget =
  { kind: 'folder'; name: string } | { kind: 'save'; suggestedName: string; format?: 'backup' | 'zip' }
export type SourceChoice = { kind: 'folder'; name: string } | { kind: 'pick' }
export type SinkOpened =
  | { status: 'open'; sink: BackupSink }
  | { status: 'cancelled' }
  | { status: 'unavailable'; reason: FolderProblem }
export type SourceOpened =
  { status: 'open'; source: BackupSource } | { status: 'cancelled' } | { status: 'missing' }

export class StreamFailure extends Error {
  constructor(readonly reason: 'disk-full' | 'io') {
    super(`stream: ${reason}`)
    this.name = 'StreamFailure'
  }
}

export interface BackupPlatform {
  /** Whether backups can go into a folder the administrator picks (the desktop app). */
  folders: boolean
  folder(): Promise<BackupFolder>
  chooseFolder(grant: AdminGrantToken): Promise<BackupFolderChooseResult>
  list(): Promise<BackupList>
  prune(keep: number): Promise<BackupPruneResult>
  openSink(target: SinkTarget): Promise<SinkOpened>
  openSource(choice: SourceChoice): Promise<SourceOpened>
}

const FILTERS = [{ name: '调解室备份 / Mediation room backup', extensions: ['mrbak'] }]
const ZIP_FILTERS = [{ name: 'ZIP', extensions: ['zip'] }]
/** Main accepts chunks up to 8 MiB; writes are re-cut to this so one call stays small. */
const WRITE_PIECE = 4 * 1024 * 1024

export function createElectronBackup(api: DesktopApi): BackupPlatform {
  return {
    folders: true,
    folder: () => api.backupFolderGet({}),
    chooseFolder: (grant) => api.backupFolderChoose({ grant }),
    list: () => api.backupList({}),
    prune: (keep) => api.backupPrune({ keep }),
    async openSink(target) {
      const begun = await api.writeBegin({
        target:
          target.kind === 'folder'
            ? { kind: 'backup', name: target.name }
            : {
                kind: 'dialog',
                suggestedName: target.suggestedName,
                filters: target.format === 'zip' ? ZIP_FILTERS : FILTERS,
              },
      })
      if (begun.status !== 'open') return begun
      const { writeId } = begun
      return {
        status: 'open',
        sink: {
          async write(bytes) {
            for (let at = 0; at < bytes.length; at += WRITE_PIECE) {
              const r = await api.writeChunk({ writeId, bytes: bytes.slice(at, at + WRITE_PIECE) })
              if (r.status === 'failed') throw new StreamFailure(r.reason)
            }
          },
          async commit() {
            const r = await api.writeCommit({ writeId })
            if (r.status === 'failed') throw new StreamFailure(r.reason)
            return { name: r.name, size: r.size }
          },
          abort: async () => void (await api.writeAbort({ writeId })),
        },
      }
    },
    async openSource(choice) {
      const begun = await api.readBegin({
        source:
          choice.kind === 'folder'
            ? { kind: 'backup', name: choice.name }
            : { kind: 'dialog', filters: FILTERS },
      })
      if (begun.status !== 'open') return begun
      const { readId, name, size } = begun
      return {
        status: 'open',
        source: {
          size,
          name,
          read: async (offset, length) => (await api.readChunk({ readId, offset, length })).bytes,
          close: async () => void (await api.readEnd({ readId })),
        },
      }
    },
  }
}

/** Hands bytes to the browser as a download (the browser build's "save"). */
export function downloadParts(name: string, parts: Uint8Array[]): void {
  const url = URL.createObjectURL(new Blob(parts as Uint8Array<ArrayBuffer>[]))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

function pickBackupFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.mrbak'
    input.addEventListener('cancel', () => resolve(null))
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null))
    input.click()
  })
}

/** A picked file, read slice by slice: a backup of any size is never read whole. */
export function fileSource(file: File): BackupSource {
  return {
    size: file.size,
    name: file.name,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: async () => undefined,
  }
}

/**
 * The browser build has no folder: a backup is downloaded. The parts are handed to a Blob, which
 * the browser may keep on disk; the download starts only once the whole file is written.
 */
export function createBrowserBackup(): BackupPlatform {
  const noFolder: BackupFolder = { path: null, available: false, problem: 'no-folder' }
  return {
    folders: false,
    folder: async () => noFolder,
    chooseFolder: async () => ({ status: 'refused' }),
    list: async () => ({ folder: noFolder, files: [] }),
    prune: async () => ({ deleted: 0 }),
    async openSink(target) {
      if (target.kind === 'folder') return { status: 'unavailable', reason: 'no-folder' }
      const parts: Uint8Array[] = []
      let size = 0
      return {
        status: 'open',
        sink: {
          write: async (bytes) => {
            parts.push(bytes.slice())
            size += bytes.length
          },
          commit: async () => {
            downloadParts(target.suggestedName, parts)
            return { name: target.suggestedName, size }
          },
          abort: async () => void (parts.length = 0),
        },
      }
    },
    async openSource(choice) {
      if (choice.kind === 'folder') return { status: 'missing' }
      const file = await pickBackupFile()
      return file ? { status: 'open', source: fileSource(file) } : { status: 'cancelled' }
    },
  }
}
