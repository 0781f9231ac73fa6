/**
 * The OS locking its screen or the PC going to sleep locks the app too (issue 15 item 4). Main
 * counts those events (Electron's powerMonitor: 'lock-screen', 'suspend'); the renderer waits for
 * the next one through `system:lock:wait` — an invoke answered when the count passes what the
 * renderer last saw — so the contract stays request/response and nothing is pushed unasked.
 */
export interface PowerEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown
}

export interface SystemLockWatch {
  count(): number
  /** Resolves with the count once it is greater than `after` (at once if it already is). */
  wait(after: number): Promise<{ count: number }>
}

/** At most this many waiters: beyond it the oldest (a page that has since reloaded) is answered. */
const MAX_WAITERS = 16

export function watchSystemLock(power: PowerEvents): SystemLockWatch {
  let count = 0
  let waiters: ((n: number) => void)[] = []
  const bump = () => {
    count += 1
    const now = waiters
    waiters = []
    for (const w of now) w(count)
  }
  power.on('lock-screen', bump)
  power.on('suspend', bump)
  return {
    count: () => count,
    wait(after) {
      if (count > after) return Promise.resolve({ count })
      if (waiters.length >= MAX_WAITERS) waiters.shift()?.(count)
      return new Promise((resolve) => waiters.push((n) => resolve({ count: n })))
    },
  }
}
