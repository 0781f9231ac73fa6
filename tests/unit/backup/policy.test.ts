/** When automatic backups are due and when the banner warns: local calendar days, not 24-hour spans. */
import { describe, expect, it } from 'vitest'
import {
  autoBackupDue,
  backupAge,
  backupFileName,
  DEFAULT_BACKUP_POLICY,
  type LastBackup,
} from '../../../renderer/src/domain/backup/policy'

const on = { ...DEFAULT_BACKUP_POLICY, auto: true }
const last = (at: Date): LastBackup => ({ at: at.toISOString(), name: 'x', size: 1, where: 'folder' })

describe('backup policy', () => {
  it('is off by default, and due at the first login of a new day once on', () => {
    expect(autoBackupDue(DEFAULT_BACKUP_POLICY, null, new Date())).toBe(false)
    expect(autoBackupDue(on, null, new Date())).toBe(true)
    const evening = new Date(2026, 11, 1, 23, 30)
    expect(autoBackupDue(on, last(evening), new Date(2026, 11, 1, 23, 50))).toBe(false)
    // 40 minutes later but the next calendar day: due.
    expect(autoBackupDue(on, last(evening), new Date(2026, 11, 2, 0, 10))).toBe(true)
    expect(autoBackupDue({ ...on, everyDays: 7 }, last(evening), new Date(2026, 11, 5, 9))).toBe(false)
    expect(autoBackupDue({ ...on, everyDays: 7 }, last(evening), new Date(2026, 11, 8, 9))).toBe(true)
  })

  it('warns when there is none, or the last is older than warnDays', () => {
    const now = new Date(2026, 11, 10, 9)
    expect(backupAge(on, null, now)).toEqual({ state: 'none' })
    expect(backupAge(on, last(new Date(2026, 11, 3, 18)), now)).toEqual({ state: 'fresh', days: 7 })
    expect(backupAge(on, last(new Date(2026, 11, 2, 18)), now)).toEqual({ state: 'stale', days: 8 })
    expect(backupAge(on, last(new Date(2026, 11, 10, 8)), now)).toEqual({ state: 'fresh', days: 0 })
  })

  it('names files by the time they were made, so they sort by age', () => {
    const a = backupFileName(new Date(2026, 0, 2, 3, 4, 5))
    expect(a).toBe('mediation-backup-20260102-030405.mrbak')
    expect(a < backupFileName(new Date(2026, 0, 10, 0, 0, 0))).toBe(true)
    expect(/^mediation-backup-[0-9A-Za-z_-]{1,80}\.mrbak$/.test(a)).toBe(true)
  })
})
