/**
 * When backups are made and when their age is a warning. Automatic backups are off until the
 * administrator chooses a folder and turns them on; then one is made at the first login of a
 * working day whose last backup is `everyDays` or more calendar days old, and the newest `keep`
 * generations stay in the folder. A backup older than `warnDays` (or none at all) is a warning on
 * the home screen and in settings. Days are the PC's local calendar days: a clerk's "today".
 */
import { z } from 'zod'

export const backupPolicySchema = z
  .object({
    auto: z.boolean(),
    everyDays: z.number().int().min(1).max(30),
    keep: z.number().int().min(1).max(100),
    warnDays: z.number().int().min(1).max(90),
  })
  .strict()
export type BackupPolicy = z.output<typeof backupPolicySchema>

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { auto: false, everyDays: 1, keep: 10, warnDays: 7 }

export const lastBackupSchema = z
  .object({
    at: z.iso.datetime(),
    name: z.string().max(200),
    size: z.number().int().min(0),
    /** Where it went: the administrator's folder, or a file saved through a dialog / download. */
    where: z.enum(['folder', 'file']),
  })
  .strict()
export type LastBackup = z.output<typeof lastBackupSchema>

const DAY = 86_400_000

/** Whole local calendar days from `from` to `to` (0 on the same day). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate())
  return Math.round((b - a) / DAY)
}

/** Whether an automatic backup is due now. */
export function autoBackupDue(policy: BackupPolicy, last: LastBackup | null, now: Date): boolean {
  if (!policy.auto) return false
  if (!last) return true
  return calendarDaysBetween(new Date(last.at), now) >= policy.everyDays
}

export type BackupAge =
  { state: 'none' } | { state: 'fresh'; days: number } | { state: 'stale'; days: number }

/** How old the last good backup is, in the words of the warning. */
export function backupAge(policy: BackupPolicy, last: LastBackup | null, now: Date): BackupAge {
  if (!last) return { state: 'none' }
  const days = Math.max(0, calendarDaysBetween(new Date(last.at), now))
  return days > policy.warnDays ? { state: 'stale', days } : { state: 'fresh', days }
}

/** The file name of a backup made at `at` (the folder's own listing sorts them by age). */
export function backupFileName(at: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`
  return `mediation-backup-${stamp}.mrbak`
}
