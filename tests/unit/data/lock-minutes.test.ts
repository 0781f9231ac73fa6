/** The two idle times: everywhere, and on the signing screen; each saved without losing the other. */
import { describe, expect, it } from 'vitest'
import { readLockMinutes } from '../../../renderer/src/data'
import { SIGNING_LOCK_DEFAULT_MINUTES } from '../../../renderer/src/domain/auth/account'
import { setUpWorkspace } from '../../builders/session'

describe('lock minutes', () => {
  it('keeps the auto-lock and the signing idle time side by side, each audited', async () => {
    const ws = await setUpWorkspace()
    const { repos } = ws
    expect((await readLockMinutes(ws.db)).signing).toBe(SIGNING_LOCK_DEFAULT_MINUTES)
    await repos.settings.setAutoLockMinutes(7)
    await repos.settings.setSigningLockMinutes(45)
    await repos.settings.setAutoLockMinutes(8)
    expect(await readLockMinutes(ws.db)).toEqual({ autoLock: 8, signing: 45 })
    const { items } = await repos.audit.list({ page: 0, pageSize: 10 })
    expect(items.some((e) => e.targetId === 'signing-lock' && e.details.minutes === 45)).toBe(true)
  })
})
