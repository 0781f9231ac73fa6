import { describe, expect, it } from 'vitest'
import { login } from '../../../renderer/src/data/auth/login'
import { AuthError } from '../../../renderer/src/data/auth/session'
import { completeSetup } from '../../../renderer/src/data/auth/setup'
import { createRepositories } from '../../../renderer/src/data/repositories'
import { createEncryptingCodec } from '../../../renderer/src/data/crypto/record-codec'
import { makeRegistration } from '../../builders/cases'
import {
  ADMIN_PASSWORD,
  TEST_KDF,
  makeOrganisation,
  setUpWorkspace,
  sessionAs,
  keeperOf,
  freshDb,
} from '../../builders/session'

const T0 = new Date('2026-11-25T09:00:00Z')
const later = (s: number) => new Date(T0.getTime() + s * 1000)

describe('accounts', () => {
  it('logs in with the right password and opens the same keys', async () => {
    const { db, session } = await setUpWorkspace()
    const again = await login(db, keeperOf(db), 'ADMIN ', ADMIN_PASSWORD)
    expect(again.user).toEqual(session.user)
    const sealed = await createEncryptingCodec(session.keyring.data, 'w').seal('t', 'i', { a: 1 })
    expect(await createEncryptingCodec(again.keyring.data, 'w').open('t', 'i', sealed)).toEqual({ a: 1 })
  })

  it('refuses a second setup', async () => {
    const { db, recoveryKey } = await setUpWorkspace()
    await expect(
      completeSetup(
        db,
        keeperOf(db),
        {
          organisation: makeOrganisation(),
          admin: { username: 'other', displayName: '乙', password: ADMIN_PASSWORD, roles: ['admin'] },
          recoveryKey,
        },
        { kdfCost: TEST_KDF },
      ),
    ).rejects.toMatchObject({ code: 'already-set-up' })
    expect(await db.users.count()).toBe(1)
  })

  it('answers a wrong password and an unknown user alike, and slows down repeated failures', async () => {
    // The keeper (main, in the app) counts on its own clock; here it follows the test's.
    let clock = T0
    const db = freshDb()
    keeperOf(db, () => clock)
    await setUpWorkspace(db)
    const at = (d: Date) => ((clock = d), d)
    await expect(login(db, keeperOf(db), 'nobody', 'whatever-123', at(T0))).rejects.toMatchObject({
      code: 'invalid-credentials',
    })
    for (let i = 1; i <= 2; i++) {
      await expect(login(db, keeperOf(db), 'admin', 'wrong password!', at(later(i)))).rejects.toMatchObject({
        code: 'invalid-credentials',
        retryAfterSeconds: 0,
      })
    }
    // third failure: from now on each attempt must wait, doubling
    await expect(login(db, keeperOf(db), 'admin', 'wrong password!', at(later(3)))).rejects.toMatchObject({
      retryAfterSeconds: 2,
    })
    await expect(login(db, keeperOf(db), 'admin', ADMIN_PASSWORD, at(later(4)))).rejects.toMatchObject({
      code: 'throttled',
    })
    await expect(login(db, keeperOf(db), 'admin', 'wrong password!', at(later(6)))).rejects.toMatchObject({
      retryAfterSeconds: 4,
    })
    const ok = await login(db, keeperOf(db), 'admin', ADMIN_PASSWORD, at(later(11)))
    expect(ok.user.username).toBe('admin')
    expect((await keeperOf(db).throttle(ok.user.id, 'admin')).failures).toBe(0)
    // every failure waits with the keeper (main) until someone unlocks: never in the database
    expect(await db.auditPending.count()).toBe(0)
    const pending = (await keeperOf(db).pending()).entries
    expect(pending.map((p) => p.reason)).toEqual([
      'unknown-user',
      'wrong-password',
      'wrong-password',
      'wrong-password',
      'throttled',
      'wrong-password',
    ])
  })

  it('a changed password re-wraps keys and leaves every record byte-identical', async () => {
    const { db, session, repos } = await setUpWorkspace()
    const mediator = createRepositories(db, sessionAs(session, ['mediator']))
    for (let i = 0; i < 3; i++) await mediator.cases.register(makeRegistration())
    const before = structuredClone(await db.cases.toArray())
    const userBefore = await db.users.get(session.user.id)
    await repos.account.changePassword(ADMIN_PASSWORD, 'a brand new secret')
    expect(await db.cases.toArray()).toEqual(before)
    expect((await db.users.get(session.user.id))?.keyring).not.toEqual(userBefore?.keyring)
    await expect(login(db, keeperOf(db), 'admin', ADMIN_PASSWORD)).rejects.toBeInstanceOf(AuthError)
    const s = await login(db, keeperOf(db), 'admin', 'a brand new secret')
    const read = await createRepositories(db, sessionAs(s, ['mediator'])).cases.list({
      sortBy: 'createdAt',
      direction: 'asc',
      page: 0,
      pageSize: 10,
    })
    expect(read.total).toBe(3)
    await expect(repos.account.changePassword('not the password', 'another secret!!')).rejects.toMatchObject({
      code: 'wrong-password',
    })
  })

  it('an account an administrator created, or whose password it reset, chooses its own at next login', async () => {
    const { db, repos, recoveryKey } = await setUpWorkspace()
    await repos.users.create({
      username: 'mediator1',
      displayName: '调解员甲',
      roles: ['mediator'],
      password: 'mediator password',
    })
    const first = await login(db, keeperOf(db), 'mediator1', 'mediator password')
    expect(first.user.mustChangePassword).toBe(true)
    const own = createRepositories(db, first, { kdfCost: TEST_KDF })
    await own.account.changePassword('mediator password', 'my very own secret')
    const next = await login(db, keeperOf(db), 'mediator1', 'my very own secret')
    expect(next.user.mustChangePassword).toBeUndefined()
    // a password an administrator resets is not the user's own either: chosen again at next login
    await repos.users.resetPassword(first.user.id, recoveryKey, 'reset by the admin 1')
    const reset = await login(db, keeperOf(db), 'mediator1', 'reset by the admin 1')
    expect(reset.user.mustChangePassword).toBe(true)
    // the administrator who set the workspace up chose their own password already
    expect((await login(db, keeperOf(db), 'admin', ADMIN_PASSWORD)).user.mustChangePassword).toBeUndefined()
  })

  it('a disabled account cannot log in', async () => {
    const { db, repos } = await setUpWorkspace()
    const u = await repos.users.create({
      username: 'mediator1',
      displayName: '调解员甲',
      roles: ['mediator'],
      password: 'mediator password',
    })
    await repos.users.setDisabled(u.id, true)
    await expect(login(db, keeperOf(db), 'mediator1', 'mediator password')).rejects.toMatchObject({
      code: 'disabled',
    })
    await repos.users.setDisabled(u.id, false)
    expect((await login(db, keeperOf(db), 'mediator1', 'mediator password')).user.roles).toEqual(['mediator'])
  })

  it('a reset through the recovery key keeps a counsellor’s own notes readable, and needs the right key', async () => {
    const { db, repos, recoveryKey } = await setUpWorkspace()
    const c = await repos.users.create({
      username: 'counsellor1',
      displayName: '咨询师甲',
      roles: ['counsellor'],
      password: 'counsellor secret',
    })
    const first = await login(db, keeperOf(db), 'counsellor1', 'counsellor secret')
    expect(first.counsellingKey).not.toBeNull()
    const note = await createEncryptingCodec(first.counsellingKey as CryptoKey, 'c').seal('notes', 'n1', {
      text: '来访者自述',
    })

    await expect(
      repos.users.resetPassword(c.id, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'new secret pw'),
    ).rejects.toMatchObject({
      code: 'recovery-key-wrong',
    })
    await expect(repos.users.resetPassword(c.id, 'not a key', 'new secret pw')).rejects.toMatchObject({
      code: 'recovery-key-wrong',
    })
    await repos.users.resetPassword(c.id, recoveryKey.toLowerCase(), 'new secret pw')
    const after = await login(db, keeperOf(db), 'counsellor1', 'new secret pw')
    expect(
      await createEncryptingCodec(after.counsellingKey as CryptoKey, 'c').open('notes', 'n1', note),
    ).toEqual({
      text: '来访者自述',
    })
    // the administrator's own session never received the counsellor's key
    expect(repos.users).not.toHaveProperty('counsellingKey')
  })

  it('keeps the last active administrator', async () => {
    const { repos, session } = await setUpWorkspace()
    await expect(
      repos.users.update(session.user.id, { displayName: '管理员甲', roles: ['mediator'] }),
    ).rejects.toMatchObject({
      code: 'last-admin',
    })
    await expect(repos.users.setDisabled(session.user.id, true)).rejects.toMatchObject({ code: 'self' })
  })
})
