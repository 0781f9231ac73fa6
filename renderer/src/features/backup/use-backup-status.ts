/** The backup policy, the last good backup and the folder's state, reloaded after every change. */
import { useCallback, useEffect, useState } from 'react'
import type { BackupStatus } from '../../data'
import type { BackupFolder } from '../../platform'
import { subscribeToChanges } from '../../data'
import { useServices } from '../shared/services'

export interface BackupState extends BackupStatus {
  folder: BackupFolder
}

export function useBackupStatus(): { state: BackupState | null; reload: () => void } {
  const { repositories, platform } = useServices()
  const [state, setState] = useState<BackupState | null>(null)
  const reload = useCallback(() => {
    void Promise.all([repositories.backup.status(), platform.backup.folder()]).then(
      ([status, folder]) => setState({ ...status, folder }),
      () => setState(null),
    )
  }, [repositories, platform])
  useEffect(() => {
    reload()
    return subscribeToChanges(reload)
  }, [reload])
  return { state, reload }
}
