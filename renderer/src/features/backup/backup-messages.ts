/** Backup outcomes, problems and ages in the user's words. */
import type { TFunction } from 'i18next'
import type { BackupProblem } from '../../data'
import type { BackupAge } from '../../domain/backup/policy'
import type { BackupFailure } from './run-backup'

export const problemMessage = (t: TFunction, p: BackupProblem): string =>
  t(`backup.problems.${p.code}`, { chunk: 'chunk' in p ? p.chunk + 1 : 0 })

export const failureMessage = (t: TFunction, reason: BackupFailure | 'admin-key-missing'): string =>
  t(`backup.failures.${reason}`)

export const ageWords = (t: TFunction, age: Exclude<BackupAge, { state: 'none' }>): string =>
  age.days === 0 ? t('backup.age.today') : t('backup.age.days', { count: age.days })

/** 1.2 MB, 830 kB: sizes as a clerk reads them. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GB`
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} kB`
}
