/**
 * First run: the organisation profile, the first administrator, the workspace keyring and the
 * recovery key pair, all written in one transaction. Nothing is stored until the recovery key has
 * been confirmed and this runs.
 */
import {
  newAccountSchema,
  organisationSchema,
  type NewAccount,
  type Organisation,
} from '../../domain/auth/account'
import { parseOrThrow } from '../../domain/shared/errors'
import { createEncryptingCodec } from '../crypto/record-codec'
import { generateKeyring, keyringToRaw } from '../crypto/keyring'
import { createRecovery, sealForRecovery } from '../crypto/recovery'
import type { MediationDb } from '../schema'
import { AuthError, type Session } from './session'
import { newUserRow, type KdfCost } from './user-keys'
import { recoveryRows } from './vault'
import { ORGANISATION_KEY } from '../repositories/settings-repository'

export const WORKSPACE_KID = 'workspace'

export async function isSetUp(db: MediationDb): Promise<boolean> {
  return (await db.users.count()) > 0
}

export interface SetupInput {
  organisation: Organisation
  admin: NewAccount
  recoveryKey: string
}

export async function completeSetup(
  db: MediationDb,
  input: SetupInput,
  options: { kdfCost?: KdfCost; now?: Date } = {},
): Promise<Session> {
  const organisation = parseOrThrow(organisationSchema, input.organisation)
  const admin = parseOrThrow(newAccountSchema, { ...input.admin, roles: input.admin.roles })
  if (await isSetUp(db)) throw new AuthError('already-set-up')

  const keyring = await generateKeyring()
  const recovery = await createRecovery(input.recoveryKey)
  const raw = await keyringToRaw(keyring)
  const sealedKeyring = await sealForRecovery(recovery.publicKey, raw)
  raw.fill(0)

  const at = (options.now ?? new Date()).toISOString()
  const codec = createEncryptingCodec(keyring.data, WORKSPACE_KID)
  const user = await newUserRow(admin, keyring, codec, at, options.kdfCost)
  const { id } = user

  await db.transaction('rw', [db.users, db.vault, db.settings], async () => {
    if ((await db.users.count()) > 0) throw new AuthError('already-set-up')
    await db.vault.bulkPut(recoveryRows(recovery, sealedKeyring))
    await db.settings.put({ key: ORGANISATION_KEY, value: organisation })
    await db.users.add(user)
  })

  return {
    user: { id, username: admin.username, displayName: admin.displayName, roles: admin.roles },
    keyring,
    counsellingKey: null,
  }
}
