/**
 * Locks the app when the OS locks its screen or the PC suspends (main counts those events, see
 * main/security/system-lock.ts). The count seen at mount is the baseline; every event after it
 * while a session is open locks.
 */
import { useEffect } from 'react'
import type { Platform } from '../../platform'

export function useSystemLock(platform: Platform, active: boolean, lock: () => void): void {
  useEffect(() => {
    if (!active) return
    let stopped = false
    void (async () => {
      let seen = await platform.systemLock.wait(-1)
      while (!stopped) {
        const next = await platform.systemLock.wait(seen)
        if (stopped) return
        if (next > seen) lock()
        // Answered without a new event (main let an old wait go): pause before asking again.
        else await new Promise((r) => setTimeout(r, 1000))
        seen = next
      }
    })().catch((error: unknown) => console.warn('lock: system lock watch stopped', (error as Error).name))
    return () => {
      stopped = true
    }
  }, [platform, active, lock])
}
