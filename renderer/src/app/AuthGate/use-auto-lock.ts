/** Locks after the configured idle time; reads the setting again whenever settings change. */
import { useIdle } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { readAutoLockMinutes, subscribeToChanges, type MediationDb } from '../../data'
import { AUTO_LOCK_DEFAULT_MINUTES } from '../../domain/auth/account'

const ACTIVITY: (keyof DocumentEventMap)[] = [
  'keydown',
  'mousemove',
  'mousedown',
  'touchstart',
  'wheel',
  'scroll',
]

export function useAutoLock(db: MediationDb, active: boolean, lock: () => void): void {
  const [minutes, setMinutes] = useState(AUTO_LOCK_DEFAULT_MINUTES)
  useEffect(() => {
    const read = () => void readAutoLockMinutes(db).then(setMinutes)
    read()
    return subscribeToChanges(read)
  }, [db])
  const idle = useIdle(minutes * 60_000, { events: ACTIVITY, initialState: false })
  useEffect(() => {
    if (active && idle) lock()
  }, [active, idle, lock])
}
