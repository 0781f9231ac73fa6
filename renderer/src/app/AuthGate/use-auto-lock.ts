/**
 * Locks after the configured idle time; reads the settings again whenever they change. While the
 * signing screen is open its own (longer) idle time applies, and pointer and pen input count.
 */
import { useIdle } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { readLockMinutes, subscribeToChanges, type MediationDb } from '../../data'
import { AUTO_LOCK_DEFAULT_MINUTES, SIGNING_LOCK_DEFAULT_MINUTES } from '../../domain/auth/account'
import { ACTIVITY_EVENT, useSigningOpen } from '../../features/shared/signing-activity'

const ACTIVITY: (keyof DocumentEventMap)[] = [
  'keydown',
  'mousemove',
  'mousedown',
  'touchstart',
  'wheel',
  'scroll',
  'pointerdown',
  'pointermove',
  ACTIVITY_EVENT as keyof DocumentEventMap,
]

export function useAutoLock(db: MediationDb, active: boolean, lock: () => void): void {
  const [limits, setLimits] = useState({
    autoLock: AUTO_LOCK_DEFAULT_MINUTES,
    signing: SIGNING_LOCK_DEFAULT_MINUTES,
  })
  useEffect(() => {
    const read = () => void readLockMinutes(db).then(setLimits)
    read()
    return subscribeToChanges(read)
  }, [db])
  const signing = useSigningOpen()
  const minutes = signing ? Math.max(limits.signing, limits.autoLock) : limits.autoLock
  const idle = useIdle(minutes * 60_000, { events: ACTIVITY, initialState: false })
  useEffect(() => {
    if (active && idle) lock()
  }, [active, idle, lock])
}
