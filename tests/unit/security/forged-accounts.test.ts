/**
 * The attacks of issue 15, item 1, made the way anyone at the PC could: by editing IndexedDB rows
 * directly (here through Dexie, which is what DevTools' storage panel writes). Each edit must break
 * the login or leave the power where it was; none may grant it.
 */
import { describe, expect, it } from 'vitest'
import { login } from '../../../renderer/src/data/auth/login'
import type { MediationDb } from '../../../renderer/src/data/schema'
import { ADMIN_PASSWORD, keeperOf, setUpWorkspace } from '../../builders/session'

const MEDIATOR_PASSWORD = 'mediator password'

async function withMediator() {
  const ws = await setUpWorkspace()
  const mediator = await ws.repos.users.create({
    username: 'mediator1',
    displayName: '调解员甲',
    roles: ['mediator'],
    password: MEDIATOR_PASSWORD,
  })
  // The mediator's first login brings their own row up to date (box key), as in the app.
  await login(ws.db, keeperOf(ws.db), 'mediator1', MEDIATOR_PASSWORD)
  return { ...ws, mediatorId: mediator.id }
}

const rowOf = async (db: MediationDb, id: string) => {
  const row = await db.users.get(id)
  if (!row) throw new Error('no row')
  return row
}

describe('accounts edited in the database', () => {
  it("a mediator who writes 'admin' into its own row's roles stays a mediator", async () => {
    const { db, mediatorId } = await withMediator()
    await db.users.update(mediatorId, { roles: ['admin'] })
    const outcome = await login(db, keeperOf(db), 'mediator1', MEDIATOR_PASSWORD).then(
      (s) => s.user.roles,
      (e: unknown) => e,
    )
    // Either refused as tampered or logged in with the signed roles: never as an administrator.
    if (Array.isArray(outcome)) expect(outcome).toEqual(['mediator'])
    else expect(outcome).toMatchObject({ code: 'tampered' })
  })

  it('a disabled account does not come back by writing disabled:false', async () => {
    const { db, repos, mediatorId } = await withMediator()
    await repos.users.setDisabled(mediatorId, true)
    await db.users.update(mediatorId, { disabled: false })
    await expect(login(db, keeperOf(db), 'mediator1', MEDIATOR_PASSWORD)).rejects.toMatchObject({
      code: 'disabled',
    })
  })

  it('a disabled account does not come back by putting back the grant it had while enabled', async () => {
    const { db, repos, mediatorId } = await withMediator()
    const before = (await rowOf(db, mediatorId)).grant
    await repos.users.setDisabled(mediatorId, true)
    await db.users.update(mediatorId, { grant: before, disabled: false })
    await expect(login(db, keeperOf(db), 'mediator1', MEDIATOR_PASSWORD)).rejects.toMatchObject({
      code: 'tampered',
    })
  })

  it("the administrator's grant copied into a mediator's row is refused", async () => {
    const { db, session, mediatorId } = await withMediator()
    const adminGrant = (await rowOf(db, session.user.id)).grant
    await db.users.update(mediatorId, { grant: adminGrant, roles: ['admin'] })
    await expect(login(db, keeperOf(db), 'mediator1', MEDIATOR_PASSWORD)).rejects.toMatchObject({
      code: 'tampered',
    })
  })

  it("a mediator's kdf and keyring copied into the administrator's row do not open it with the mediator's password", async () => {
    const { db, session, mediatorId } = await withMediator()
    const m = await rowOf(db, mediatorId)
    await db.users.update(session.user.id, {
      kdf: m.kdf,
      keyring: m.keyring,
      keyringBinding: m.keyringBinding,
    })
    await expect(login(db, keeperOf(db), 'admin', MEDIATOR_PASSWORD)).rejects.toMatchObject({
      code: 'invalid-credentials',
    })
    // …and the administrator's own password no longer opens the swapped row either: nothing granted.
    await expect(login(db, keeperOf(db), 'admin', ADMIN_PASSWORD)).rejects.toBeTruthy()
  })

  it('the login throttle does not reset by writing failures:0', async () => {
    const { db, mediatorId } = await withMediator()
    const keeper = keeperOf(db)
    let last: unknown
    for (let i = 0; i < 6; i++) last = await login(db, keeper, 'mediator1', 'wrong password!').catch((e) => e)
    expect(last).toMatchObject({ code: expect.stringMatching(/throttled|invalid-credentials/) })
    const waitBefore = (await keeper.throttle(mediatorId, 'mediator1')).waitSeconds
    expect(waitBefore).toBeGreaterThan(0)
    await db.users.update(mediatorId, { failures: 0 })
    expect((await keeper.throttle(mediatorId, 'mediator1')).waitSeconds).toBe(waitBefore)
    await expect(login(db, keeper, 'mediator1', MEDIATOR_PASSWORD)).rejects.toMatchObject({
      code: 'throttled',
    })
  })

  it('a password typed into the username field is never kept as text', async () => {
    const { db } = await withMediator()
    const typed = 'Secret-Password-9876'
    await login(db, keeperOf(db), typed, 'x').catch(() => undefined)
    const pending = JSON.stringify(await keeperOf(db).pending())
    const stored = JSON.stringify(await db.audit.toArray())
    expect(pending).not.toContain(typed)
    expect(pending.toLowerCase()).not.toContain(typed.toLowerCase())
    expect(stored).not.toContain(typed)
  })
})
