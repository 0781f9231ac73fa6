/**
 * The folder the administrator chose for backups (a USB stick, a network share), kept by main in
 * userData/backup-folder.json: the renderer never sends a path, it names a backup file and main
 * resolves it inside this folder. Lists and prunes only files the app itself names.
 */
import * as fsp from 'node:fs/promises'
import { constants } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  BACKUP_FILE_PATTERN,
  type BackupFileInfo,
  type BackupFolder,
  type FolderProblem,
} from '../../preload/schemas/streams'
import { jsonFile } from '../state/json-file'

export const BACKUP_FOLDER_FILE = 'backup-folder.json'

export interface BackupFolderStore {
  info(): Promise<BackupFolder>
  set(path: string): Promise<BackupFolder>
  /** The folder when it can be written now, else why not. */
  usable(): Promise<{ path: string } | { problem: FolderProblem }>
  list(): Promise<BackupFileInfo[]>
  /** Deletes all but the newest `keep` backups; returns how many went. */
  prune(keep: number): Promise<number>
  /** The full path of a backup file inside the folder (the name is checked by the caller's schema). */
  pathOf(name: string): Promise<string | null>
}

async function problemOf(path: string): Promise<FolderProblem | null> {
  try {
    const stat = await fsp.stat(path)
    if (!stat.isDirectory()) return 'folder-missing'
  } catch {
    return 'folder-missing'
  }
  try {
    await fsp.access(path, constants.W_OK)
    return null
  } catch {
    return 'not-writable'
  }
}

export function createBackupFolderStore(statePath: string): BackupFolderStore {
  const file = jsonFile(statePath, z.object({ folder: z.string().min(1).nullable() }), () => ({
    folder: null,
  }))

  const info = async (): Promise<BackupFolder> => {
    const { folder } = await file.read()
    if (!folder) return { path: null, available: false, problem: 'no-folder' }
    const problem = await problemOf(folder)
    return { path: folder, available: problem === null, problem }
  }

  const list = async (): Promise<BackupFileInfo[]> => {
    const { folder } = await file.read()
    if (!folder) return []
    let names: string[]
    try {
      names = await fsp.readdir(folder)
    } catch {
      return []
    }
    const files: BackupFileInfo[] = []
    for (const name of names.filter((n) => BACKUP_FILE_PATTERN.test(n))) {
      try {
        const stat = await fsp.stat(join(folder, name))
        if (stat.isFile()) files.push({ name, size: stat.size, modifiedAt: stat.mtime.toISOString() })
      } catch {
        // removed meanwhile
      }
    }
    // Names carry the time they were made, so the newest sorts last whatever the file times say.
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  }

  return {
    info,
    async set(path) {
      await file.update(() => ({ next: { folder: path }, result: undefined }))
      return info()
    },
    async usable() {
      const current = await info()
      return current.path && current.available
        ? { path: current.path }
        : { problem: current.problem ?? 'no-folder' }
    },
    list,
    async prune(keep) {
      const { folder } = await file.read()
      if (!folder) return 0
      const files = await list()
      let deleted = 0
      for (const f of files.slice(0, Math.max(0, files.length - keep))) {
        await fsp.rm(join(folder, f.name), { force: true })
        deleted++
      }
      return deleted
    },
    async pathOf(name) {
      const { folder } = await file.read()
      return folder && BACKUP_FILE_PATTERN.test(name) ? join(folder, name) : null
    },
  }
}
