/**
 * `backup:*` and `stream:*`: the backup folder (chosen through a dialog by an administrator whose
 * grant main checks), its backups, and chunked writes and reads of large files. The renderer names
 * a backup file or asks for a dialog; main resolves every path itself.
 */
import type { BackupFolderStore } from '../../files/backup-folder'
import type { FileStreams } from '../../files/file-streams'
import type { AdminKeys } from '../../security/admin-keys'
import type { Handlers } from '../register'
import { join } from 'node:path'
import { problemOf } from '../../files/file-streams'
import { requireWindow, type GetWindow, type OpenDialogPort, type SaveDialogPort } from './window-port'

export interface StreamServices {
  folder: BackupFolderStore
  streams: FileStreams
  adminKeys: Pick<AdminKeys, 'allows'>
  dialog: OpenDialogPort & SaveDialogPort
  getWindow: GetWindow
  documentsDir: () => string
}

type StreamHandlers = Pick<
  Handlers,
  | 'backupFolderGet'
  | 'backupFolderChoose'
  | 'backupList'
  | 'backupPrune'
  | 'writeBegin'
  | 'writeChunk'
  | 'writeCommit'
  | 'writeAbort'
  | 'readBegin'
  | 'readChunk'
  | 'readEnd'
>

export function makeStreamHandlers(s: StreamServices): StreamHandlers {
  const parent = () => requireWindow(s.getWindow)
  return {
    backupFolderGet: () => s.folder.info(),
    async backupFolderChoose({ grant }) {
      if (!(await s.adminKeys.allows(grant, 'backup'))) return { status: 'refused' }
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] }
      const picked = await s.dialog.showOpenDialog(parent(), options)
      const path = picked.filePaths[0]
      if (picked.canceled || !path) return { status: 'cancelled' }
      return { status: 'chosen', folder: await s.folder.set(path) }
    },
    async backupList() {
      return { folder: await s.folder.info(), files: await s.folder.list() }
    },
    backupPrune: async ({ keep }) => ({ deleted: await s.folder.prune(keep) }),
    async writeBegin({ target }) {
      let path: string
      if (target.kind === 'backup') {
        const usable = await s.folder.usable()
        if ('problem' in usable) return { status: 'unavailable', reason: usable.problem }
        path = join(usable.path, target.name)
      } else {
        const picked = await s.dialog.showSaveDialog(parent(), {
          defaultPath: join(s.documentsDir(), target.suggestedName),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
          ...(target.filters ? { filters: target.filters } : {}),
        })
        if (picked.canceled || !picked.filePath) return { status: 'cancelled' }
        path = picked.filePath
      }
      try {
        const writeId = await s.streams.beginWrite(path)
        return { status: 'open', writeId, name: path.split(/[\\/]/).pop() ?? '' }
      } catch (error) {
        return problemOf(error) === 'disk-full'
          ? { status: 'unavailable', reason: 'not-writable' }
          : { status: 'unavailable', reason: target.kind === 'backup' ? 'not-writable' : 'folder-missing' }
      }
    },
    writeChunk: ({ writeId, bytes }) => s.streams.write(writeId, bytes),
    writeCommit: ({ writeId }) => s.streams.commit(writeId),
    async writeAbort({ writeId }) {
      await s.streams.abort(writeId)
      return { ok: true }
    },
    async readBegin({ source }) {
      let path: string | null
      if (source.kind === 'backup') path = await s.folder.pathOf(source.name)
      else {
        const picked = await s.dialog.showOpenDialog(parent(), {
          properties: ['openFile'],
          ...(source.filters ? { filters: source.filters } : {}),
        })
        if (picked.canceled || !picked.filePaths[0]) return { status: 'cancelled' }
        path = picked.filePaths[0]
      }
      const opened = path ? await s.streams.beginRead(path) : null
      if (!opened || !path) return { status: 'missing' }
      return {
        status: 'open',
        readId: opened.readId,
        size: opened.size,
        name: path.split(/[\\/]/).pop() ?? '',
      }
    },
    readChunk: async ({ readId, offset, length }) => ({
      bytes: await s.streams.read(readId, offset, length),
    }),
    async readEnd({ readId }) {
      await s.streams.endRead(readId)
      return { ok: true }
    },
  }
}
