/**
 * Making a backup from a screen or at login: the platform opens the sink (the backup folder, or a
 * save dialog / download), the repository writes into it, and a backup into the folder prunes the
 * generations beyond the policy's `keep`. Every refusal comes back as a reason the screen words;
 * a failed write leaves no file (the sink aborts).
 */
import type { Repositories } from '../../data'
import { backupFileName } from '../../domain/backup/policy'
import { StreamFailure, type Platform } from '../../platform'

export type BackupFailure = 'disk-full' | 'folder-missing' | 'no-folder' | 'not-writable' | 'io'
export type BackupOutcome =
  | { status: 'saved'; name: string; size: number; pruned: number }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: BackupFailure }

export async function runBackup(
  repositories: Repositories,
  platform: Platform,
  options: {
    reason: 'manual' | 'auto'
    into: 'folder' | 'file'
    onProgress?: (fraction: number) => void
    now?: Date
  },
): Promise<BackupOutcome> {
  const name = backupFileName(options.now ?? new Date())
  const opened = await platform.backup.openSink(
    options.into === 'folder' ? { kind: 'folder', name } : { kind: 'save', suggestedName: name },
  )
  if (opened.status === 'cancelled') return opened
  if (opened.status === 'unavailable') return { status: 'failed', reason: opened.reason }
  const { appVersion } = await appVersionOf(platform)
  try {
    const written = await repositories.backup.create(opened.sink, {
      reason: options.reason,
      where: options.into,
      appVersion,
      onProgress: (p) => options.onProgress?.(p.total === 0 ? 1 : p.rows / p.total),
    })
    let pruned = 0
    if (options.into === 'folder') {
      const { policy } = await repositories.backup.status()
      pruned = (await platform.backup.prune(policy.keep).catch(() => ({ deleted: 0 }))).deleted
    }
    return { status: 'saved', name: written.name, size: written.size, pruned }
  } catch (error) {
    if (error instanceof StreamFailure) return { status: 'failed', reason: error.reason }
    throw error
  }
}

async function appVersionOf(platform: Platform): Promise<{ appVersion: string }> {
  const info = await platform.appInfo().catch(() => ({ version: 'unknown' }))
  return { appVersion: info.version.slice(0, 50) || 'unknown' }
}
