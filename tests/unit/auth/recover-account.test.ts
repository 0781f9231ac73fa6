import { describe, expect, it } from 'vitest'
import { login } from '../../../renderer/src/data/auth/login'
import { recoverAccount } from '../../../renderer/src/data/auth/recover-account'
import { createAuditLog } from '../../../renderer/src/data/audit/audit-log'
import { ADMIN_PASSWORD, TEST_KDF, setUpWorkspace, keeperOf } from '../../builders/session'

const options = { kdfCost: TEST_KDF }

describe('recovering an account from the login screen', () => {
  it('lets the holder of the recovery key set a new password for the only administrator', async () => {
    const { db, recoveryKey, session } = await setUpWorkspace()
    await recoverAccount(
      db,
      keeperOf(db),
      { username: 'admin', recoveryKey, newPassword: 'a brand new secret' },
      options,
    )

    await expect(login(db, keeperOf(db), 'admin', ADMIN_PASSWORD)).rejects.toMatchObject({
      code: 'invalid-credentials',
    })
    const again = await login(db, keeperOf(db), 'admin', 'a brand new secret')
    // the same workspace keys come back, so every record stays readable
    const raw = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('raw', key))
    expect(await raw(again.keyring.data)).toEqual(await raw(session.keyring.data))

    const { items: entries } = await createAuditLog(db, again.keyring.audit).list({ page: 0, pageSize: 10 })
    const reset = entries.find((e) => e.action === 'user.password-reset')
    expect(reset).toMatchObject({ actorName: 'admin', details: { via: 'recovery-key' } })
  })

  it('refuses a wrong key, an unknown account and a weak password, changing nothing', async () => {
    const { db, recoveryKey } = await setUpWorkspace()
    const before = await db.users.toArray()
    await expect(
      recoverAccount(
        db,
        keeperOf(db),
        {
          username: 'admin',
          recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH',
          newPassword: 'a brand new secret',
        },
        options,
      ),
    ).rejects.toMatchObject({ code: 'recovery-key-wrong' })
    await expect(
      recoverAccount(
        db,
        keeperOf(db),
        { username: 'nobody', recoveryKey, newPassword: 'a brand new secret' },
        options,
      ),
    ).rejects.toMatchObject({ code: 'recovery-key-wrong' })
    await expect(
      recoverAccount(db, keeperOf(db), { username: 'admin', recoveryKey, newPassword: 'short' }, options),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    expect(await db.users.toArray()).toEqual(before)
    expect((await login(db, keeperOf(db), 'admin', ADMIN_PASSWORD)).user.username).toBe('admin')
  })
})
