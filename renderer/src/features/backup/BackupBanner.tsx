/**
 * The warning above every page while the records are at risk: no backup at all, the last one
 * older than the policy's days, or the folder unreachable when automatic backups are on. Those who
 * manage settings get a link to 备份与恢复; the others see whom it concerns.
 */
import { Alert, Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { backupAge } from '../../domain/backup/policy'
import { useCan } from '../shared/services'
import { useBackupStatus } from './use-backup-status'

export function BackupBanner() {
  const { t } = useTranslation()
  const manage = useCan('settings:manage')
  const { state } = useBackupStatus()
  if (!state) return null
  const age = backupAge(state.policy, state.last, new Date())
  const folderGone = state.policy.auto && state.folder.path !== null && !state.folder.available
  const message =
    age.state === 'none'
      ? t('backup.warnNone')
      : age.state === 'stale'
        ? t('backup.warnStale', { count: age.days })
        : folderGone
          ? t('backup.warnFolderGone')
          : null
  if (!message) return null
  return (
    <Alert color="orange" mb="md" data-testid="backup-warning">
      {message}{' '}
      {manage && (
        <Anchor component={Link} to="/settings#backup" c="inherit" underline="always" fw={600}>
          {t('backup.warnAction')}
        </Anchor>
      )}
    </Alert>
  )
}
