/**
 * The login throttle in main: counters the renderer's database cannot reset, and failed attempts
 * kept until the renderer confirms they are in the audit chain.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLoginThrottle } from '../../../main/security/login-throttle'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'throttle-'))
  path = join(dir, 'login-attempts.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const T0 = new Date('2026-12-03T08:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const wrong = (userId = 'user-1') => ({
  userId,
  name: userId,
  reason: 'wrong-password' as const,
  at: T0.toISOString(),
})

describe('login throttle', () => {
  it('lets two wrong passwords go free, then waits 2 s, 4 s, 8 s … at most 5 minutes', async () => {
    const throttle = createLoginThrottle(path)
    for (let i = 0; i < 2; i++) expect((await throttle.failure(wrong(), T0)).waitSeconds).toBe(0)
    expect((await throttle.failure(wrong(), T0)).waitSeconds).toBe(2)
    expect((await throttle.failure(wrong(), T0)).waitSeconds).toBe(4)
    expect((await throttle.failure(wrong(), T0)).waitSeconds).toBe(8)
    expect((await throttle.check('user-1', 'user-1', at(1))).waitSeconds).toBe(7)
    expect((await throttle.check('user-1', 'user-1', at(8))).waitSeconds).toBe(0)
    for (let i = 0; i < 20; i++) await throttle.failure(wrong(), T0)
    expect((await throttle.check('user-1', 'user-1', T0)).waitSeconds).toBe(300)
    // other accounts are not slowed down
    expect((await throttle.check('user-2', 'user-2', T0)).waitSeconds).toBe(0)
  })

  it('keeps counting across restarts, and a success resets only that account', async () => {
    const first = createLoginThrottle(path)
    for (let i = 0; i < 4; i++) await first.failure(wrong(), T0)
    await first.failure(wrong('user-2'), T0)
    const again = createLoginThrottle(path)
    expect(await again.check('user-1', 'user-1', T0)).toEqual({ waitSeconds: 4, failures: 4 })
    await again.success('user-1')
    expect(await createLoginThrottle(path).check('user-1', 'user-1', T0)).toEqual({
      waitSeconds: 0,
      failures: 0,
    })
    expect((await createLoginThrottle(path).check('user-2', 'user-2', T0)).failures).toBe(1)
  })

  it('does not lengthen the wait for an attempt refused while waiting, but records it', async () => {
    const throttle = createLoginThrottle(path)
    for (let i = 0; i < 4; i++) await throttle.failure(wrong(), T0)
    await throttle.failure({ ...wrong(), reason: 'throttled' }, T0)
    expect((await throttle.check('user-1', 'user-1', T0)).failures).toBe(4)
    expect((await throttle.pending()).entries.map((e) => e.reason).at(-1)).toBe('throttled')
  })

  it('numbers failed attempts and keeps them until confirmed as chained; confirmation never goes back', async () => {
    const throttle = createLoginThrottle(path)
    await throttle.failure(wrong(), T0)
    await throttle.failure({ ...wrong(''), name: 'nobody', reason: 'unknown-user' }, T0)
    await throttle.failure(wrong(), T0)
    const pending = await throttle.pending()
    expect(pending.entries.map((e) => e.seq)).toEqual([1, 2, 3])
    expect(pending.lastSeq).toBe(3)
    expect((await throttle.ack(2)).entries.map((e) => e.seq)).toEqual([3])
    expect((await throttle.ack(1)).ackedUpTo).toBe(2)
    // what main never handed out cannot be confirmed
    expect((await throttle.ack(99)).ackedUpTo).toBe(3)
    const reopened = await createLoginThrottle(path).pending()
    expect(reopened).toEqual({ entries: [], ackedUpTo: 3, lastSeq: 3 })
  })

  it('never stores the typed name — a password typed as the name — only its keyed hash', async () => {
    const throttle = createLoginThrottle(path)
    const typed = 'MySecretPassw0rd!'
    for (let i = 0; i < 3; i++) {
      await throttle.failure({ userId: '', name: typed, reason: 'unknown-user', at: T0.toISOString() }, T0)
    }
    const text = await readFile(path, 'utf8')
    expect(text.toLowerCase()).not.toContain(typed.toLowerCase())
    const file = JSON.parse(text)
    const hashes = new Set(file.pending.map((p: { nameHash: string }) => p.nameHash))
    expect(hashes.size).toBe(1)
    expect([...hashes][0]).toMatch(/^[0-9a-f]{16}$/)
    // the same name, however typed, is throttled as one unknown account
    expect((await throttle.check('', '  mysecretpassw0rd! ', T0)).failures).toBe(3)
    expect((await throttle.check('', 'another name', T0)).failures).toBe(0)
  })

  it('treats a file that does not parse as empty rather than failing', async () => {
    await writeFile(path, '{"accounts": 7')
    const throttle = createLoginThrottle(path)
    expect(await throttle.check('user-1', 'user-1', T0)).toEqual({ waitSeconds: 0, failures: 0 })
    await throttle.failure(wrong(), T0)
    expect((await createLoginThrottle(path).check('user-1', 'user-1', T0)).failures).toBe(1)
  })
})
