/**
 * First run: the organisation profile, the first administrator, the workspace keyring, the
 * recovery key pair and the administrators' signing key, all written in one transaction; then the
 * signing key is pinned with the keeper and the administrator's grant told to it. Nothing is stored
 * until the recovery key has been confirmed and this runs.
 */
import {
  newAccountSchema,
  organisationSchema,
  type NewAccount,
  type Organisation,
} from '../../domain/auth/account'
import { loadPasswordStrength } from '../../domain/auth/password-strength'
import { parseOrThrow } from '../../domain/shared/errors'
import { createEncryptingCodec } from '../crypto/record-codec'
import { generateKeyring, keyringToRaw } from '../crypto/keyring'
import { createRecovery, sealForRecovery } from '../crypto/recovery'
import type { Keeper } from '../keeper'
import type { MediationDb } from '../schema'
import { makeAdminKey, pinAdminKey, recordGrant, signNextGrant } from './admin-key'
import { AuthError, type Session } from './session'
import { newUserRow, type KdfCost } from './user-keys'
import { recoveryRows } from './vault'
import { WORKSPACE_ID_KEY } from './workspace-identity'
import { ORGANISATION_KEY } from '../repositories/settings-read'

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
  keeper: Keeper,
  input: SetupInput,
  options: { kdfCost?: KdfCost; now?: Date } = {},
): Promise<Session> {
  await loadPasswordStrength()
  const organisation = parseOrThrow(organisationSchema, input.organisation)
  const admin = parseOrThrow(newAccountSchema, { ...input.admin, roles: input.admin.roles })
  if (await isSetUp(db)) throw new AuthError('already-set-up')

  const keyring = await generateKeyring()
  const recovery = await createRecovery(input.recoveryKey)
  const raw = await keyringToRaw(keyring)
  const sealedKeyring = await sealForRecovery(recovery.publicKey, raw)
  raw.fill(0)
  const signing = await makeAdminKey(recovery.publicKey)

  const now = options.now ?? new Date()
  const at = now.toISOString()
  const workspaceId = crypto.randomUUID()
  const codec = createEncryptingCodec(keyring.data, WORKSPACE_KID)
  const user = await newUserRow(admin, keyring, codec, at, {
    cost: options.kdfCost,
    adminPkcs8: admin.roles.includes('admin') ? signing.pair.pkcs8 : null,
  })
  user.grant = await signNextGrant({
    keeper,
    adminKey: signing.pair.privateKey,
    workspaceId,
    row: user,
    roles: admin.roles,
    disabled: false,
    issuedBy: user.id,
    now,
  })
  signing.pair.pkcs8.fill(0)

  await db.transaction('rw', [db.users, db.vault, db.settings], async () => {
    if ((await db.users.count()) > 0) throw new AuthError('already-set-up')
    await db.vault.bulkPut([...recoveryRows(recovery, sealedKeyring), ...signing.vault])
    await db.settings.bulkPut([
      { key: ORGANISATION_KEY, value: organisation },
      { key: WORKSPACE_ID_KEY, value: workspaceId },
    ])
    await db.users.add(user)
  })
  await pinAdminKey(keeper, workspaceId, signing.pair.publicKey)
  await recordGrant(keeper, workspaceId, user.grant)

  return {
    user: { id: user.id, username: admin.username, displayName: admin.displayName, roles: admin.roles },
    keyring,
    counsellingKey: null,
    adminKey: admin.roles.includes('admin') ? signing.pair.privateKey : null,
    workspaceId,
    keeper,
  }
}
