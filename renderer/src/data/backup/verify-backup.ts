/**
 * Verifying a backup without restoring it: every chunk authenticated, the frames parsed, the
 * digest checked — "完整，可恢复" with what it holds, or exactly what is wrong (truncated at chunk k,
 * altered at chunk k, not a backup of this app, made by a newer version, a wrong key).
 */
import { openBackup, type BackupOpener } from './open-backup'
import type { ByteSource } from './ports'
import { BackupError, readRows, type BackupProblem, type ReadProgress } from './read-backup'

export type BackupVerification =
  | {
      ok: true
      createdAt: string
      schemaVersion: number
      appVersion: string
      size: number
      chunks: number
      /** Rows per table: what a restore would write. */
      tables: Record<string, number>
    }
  | { ok: false; problem: BackupProblem }

export async function verifyBackup(
  source: ByteSource,
  opener: BackupOpener,
  currentSchemaVersion: number,
  onProgress?: (p: ReadProgress) => void,
): Promise<BackupVerification> {
  try {
    const { opened, keys } = await openBackup(source, opener, currentSchemaVersion)
    const tables: Record<string, number> = {}
    for await (const [table] of readRows(source, opened, keys, onProgress))
      tables[table] = (tables[table] ?? 0) + 1
    return {
      ok: true,
      createdAt: opened.header.createdAt,
      schemaVersion: opened.header.schemaVersion,
      appVersion: opened.header.appVersion,
      size: source.size,
      chunks: opened.chunks,
      tables,
    }
  } catch (error) {
    if (error instanceof BackupError) return { ok: false, problem: error.problem }
    throw error
  }
}
