/**
 * `restoreBackup` as the screens reach it: the reader, the decoder and the migrations are loaded
 * on first use (issue 17: they are not part of the first screen).
 */
import type { restoreBackup as restore } from './restore-backup'

export type { RestoreProgress, RestoreResult } from './restore-backup'

export async function restoreBackup(...args: Parameters<typeof restore>): ReturnType<typeof restore> {
  return (await import('./restore-backup')).restoreBackup(...args)
}
