/**
 * A restore as the app carries it out: the backup written into a new database and checked
 * (data/backup/restore-backup.ts), the app switched to it, the old database deleted, the keeper's
 * note of the old workspace forgotten (the restored one is recorded at its first login), and a
 * mark left so that first login writes `backup.restore` into the restored audit chain.
 */
import {
  restoreBackup,
  restoreDatabaseName,
  switchActiveDatabase,
  type RestoreProgress,
  type RestoreResult,
  type Workspace,
} from '../../data'
import type { RestoreOpener } from '../../features/backup'
import type { BackupSource } from '../../platform'

export const RESTORED_MARK_KEY = 'mediation-room:restored'

export async function restoreWorkspace(
  workspace: Workspace,
  source: BackupSource,
  opener: RestoreOpener,
  onProgress: (p: RestoreProgress) => void,
): Promise<RestoreResult> {
  try {
    const result = await restoreBackup({ source, opener, databaseName: restoreDatabaseName(), onProgress })
    const record = await workspace.keeper.workspaceRecord()
    workspace.db.close()
    await switchActiveDatabase(localStorage, result.databaseName)
    if (record) await workspace.keeper.clearWorkspaceRecord(record.workspaceId)
    localStorage.setItem(RESTORED_MARK_KEY, result.createdAt)
    return result
  } finally {
    await source.close().catch(() => undefined)
  }
}

/** The restore mark, taken once (the first login after a restore records it). */
export function takeRestoredMark(): string | null {
  const mark = localStorage.getItem(RESTORED_MARK_KEY)
  if (mark !== null) localStorage.removeItem(RESTORED_MARK_KEY)
  return mark
}
