/** The OS locking or suspending is counted in main, and a renderer waiting for it is answered. */
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { watchSystemLock, type PowerEvents } from '../../main/security/system-lock'

describe('system lock watch', () => {
  it('answers a waiter at the next lock-screen or suspend, and at once when one already happened', async () => {
    const power = new EventEmitter()
    const watch = watchSystemLock(power as unknown as PowerEvents)
    let answered: number | null = null
    const waiting = watch.wait(0).then((r) => (answered = r.count))
    await Promise.resolve()
    expect(answered).toBeNull()
    power.emit('lock-screen')
    await waiting
    expect(answered).toBe(1)
    power.emit('suspend')
    expect(await watch.wait(1)).toEqual({ count: 2 })
    // Already past: no wait.
    expect(await watch.wait(0)).toEqual({ count: 2 })
  })
})

describe('system lock watch, many waiters', () => {
  it('answers the oldest waiter when too many wait (a page that reloaded), keeping the newest', async () => {
    const power = new EventEmitter()
    const watch = watchSystemLock(power as unknown as PowerEvents)
    const answered: number[] = []
    for (let i = 0; i < 17; i++) void watch.wait(0).then(() => answered.push(i))
    await new Promise((r) => setTimeout(r, 0))
    expect(answered).toEqual([0])
    power.emit('lock-screen')
    await new Promise((r) => setTimeout(r, 0))
    expect(answered).toHaveLength(17)
  })
})
