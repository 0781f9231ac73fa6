/**
 * After login: when the administrator turned automatic backups on and the day's backup is due,
 * one is made into the backup folder in the background, and said so; a folder that is gone is
 * left to the banner (BackupBanner) to explain. Runs once per login.
 */
import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { autoBackupDue } from '../../domain/backup/policy'
import { useServices } from '../shared/services'
import { failureMessage } from './backup-messages'
import { runBackup } from './run-backup'

export function useAutoBackup(): void {
  const { t } = useTranslation()
  const { repositories, platform } = useServices()
  useEffect(() => {
    let cancelled = false
    void (async () => {
      if (!platform.backup.folders) return
      const { policy, last } = await repositories.backup.status()
      if (cancelled || !autoBackupDue(policy, last, new Date())) return
      const folder = await platform.backup.folder()
      if (cancelled || !folder.available) return
      const outcome = await runBackup(repositories, platform, { reason: 'auto', into: 'folder' })
      if (outcome.status === 'saved')
        notifications.show({ message: t('backup.auto.done', { name: outcome.name }) })
      if (outcome.status === 'failed')
        notifications.show({ color: 'orange', message: failureMessage(t, outcome.reason) })
    })().catch((error: unknown) => console.warn('backup: automatic backup failed', (error as Error).name))
    return () => {
      cancelled = true
    }
    // Once per login: the shell mounts once per session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
