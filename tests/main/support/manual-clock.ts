/** A clock that only moves when the test says so; timers fire when their time is passed. */
import type { Clock } from '../../../main/upload/clock'

export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): void
  /** How long until the earliest pending timer, or null when none is pending. */
  nextTimerIn(): number | null
}

export function manualClock(start = Date.parse('2026-11-25T08:00:00.000Z')): ManualClock {
  let now = start
  let nextHandle = 1
  const timers = new Map<number, { at: number; callback: () => void }>()
  return {
    now: () => now,
    setTimer(callback, ms) {
      const handle = nextHandle++
      timers.set(handle, { at: now + ms, callback })
      return handle
    },
    clearTimer: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const until = now + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = Math.max(now, due[1].at)
        due[1].callback()
      }
      now = until
    },
    nextTimerIn() {
      const ats = [...timers.values()].map((t) => t.at)
      return ats.length === 0 ? null : Math.min(...ats) - now
    },
  }
}
