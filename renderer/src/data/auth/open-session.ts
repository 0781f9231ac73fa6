/**
 * After the password and the grant have been checked: the account is brought up to date while
 * its password key is at hand — its keyring bound to it, a box key made, an administrator's copy
 * of the signing key taken from the box a colleague left, or (the first administrator login after
 * an upgrade) the signing key made and every account's grant signed — and the session assembled.
 */
import type { Role } from '../../domain/auth/roles'
import { importSigningKey } from '../crypto/admin-signing'
import { generateBoxPair, openBox } from '../crypto/boxes'
import { createEncryptingCodec } from '../crypto/record-codec'
import type { Keeper } from '../keeper'
import type { MediationDb, UserRow } from '../schema'
import { makeAdminKey, pinAdminKey, recordGrant, signNextGrant } from './admin-key'
import type { Session } from './session'
import { WORKSPACE_KID } from './setup'
import {
  bindKeyring,
  newCounsellingKey,
  openAdminKey,
  openCounsellingKey,
  wrapAdminKey,
  wrapBoxKey,
  type OpenedAccount,
} from './user-keys'
import { recoveryCounsellingId, recoveryPublicKey } from './vault'
import type { Trust } from './workspace-identity'

export const adminBoxLabel = (userId: string) => `admin-key:${userId}`

interface OpenInput {
  db: MediationDb
  keeper: Keeper
  row: UserRow
  opened: OpenedAccount
  roles: Role[]
  workspaceId: string
  trust: Trust
  now: Date
}

async function counsellingKeyFor(input: OpenInput): Promise<CryptoKey | null> {
  const { db, row, opened, roles } = input
  if (!roles.includes('counsellor')) return null
  if (row.counsellingKey) return openCounsellingKey(row.id, row.counsellingKey, opened.kek)
  // First login as a counsellor: their own key is made now, when their password is at hand.
  const made = await newCounsellingKey(row.id, opened.kek, await recoveryPublicKey(db))
  await db.transaction('rw', db.users, db.vault, async () => {
    await db.vault.put({ id: recoveryCounsellingId(row.id), wrapped: made.recoveryCopy })
    await db.users.update(row.id, { counsellingKey: made.wrapped })
  })
  return made.key
}

/** An upgraded workspace's first administrator login: the signing key, and a grant for every account. */
async function makeSigningKey(input: OpenInput, changes: Partial<UserRow>): Promise<Uint8Array> {
  const { db, keeper, row, opened, workspaceId, now } = input
  const { pair, vault } = await makeAdminKey(await recoveryPublicKey(db))
  changes.adminKey = await wrapAdminKey(row.id, opened.kek, pair.pkcs8)
  const users = await db.users.toArray()
  const grants = new Map<string, NonNullable<UserRow['grant']>>()
  for (const u of users) {
    const current = u.id === row.id ? { ...u, ...changes } : u
    grants.set(
      u.id,
      await signNextGrant({
        keeper,
        adminKey: pair.privateKey,
        workspaceId,
        row: current,
        roles: u.roles,
        disabled: u.disabled,
        issuedBy: row.id,
        now,
      }),
    )
  }
  await db.transaction('rw', db.users, db.vault, async () => {
    await db.vault.bulkPut(vault)
    for (const [id, grant] of grants)
      await db.users.update(id, id === row.id ? { ...changes, grant } : { grant })
  })
  // Written first, pinned second: a crash in between pins the same key from the vault next time.
  await pinAdminKey(keeper, workspaceId, pair.publicKey)
  for (const [, grant] of grants) await recordGrant(keeper, workspaceId, grant)
  for (const key of Object.keys(changes) as (keyof UserRow)[]) delete changes[key]
  return pair.pkcs8
}

export async function openSession(input: OpenInput): Promise<Session> {
  const { db, keeper, row, opened, roles, workspaceId, trust } = input
  const changes: Partial<UserRow> = {}
  if (row.keyringBinding !== 2) {
    changes.keyring = await bindKeyring(row, opened.keyring, opened.kek)
    changes.keyringBinding = 2
  }
  let boxPkcs8 = opened.boxPkcs8
  if (!row.boxPublicKey || !boxPkcs8) {
    const box = await generateBoxPair()
    changes.boxPublicKey = box.publicKey
    changes.boxKey = await wrapBoxKey(row.id, opened.kek, box.pkcs8)
    boxPkcs8 = box.pkcs8
  }
  let adminPkcs8: Uint8Array | null = null
  if (roles.includes('admin')) {
    adminPkcs8 = await openAdminKey(row, opened.kek).catch(() => null)
    if (!adminPkcs8 && row.adminKeyBox && opened.boxPkcs8) {
      adminPkcs8 = await openBox(opened.boxPkcs8, row.adminKeyBox, adminBoxLabel(row.id)).catch(() => null)
      if (adminPkcs8) {
        changes.adminKey = await wrapAdminKey(row.id, opened.kek, adminPkcs8)
        changes.adminKeyBox = null
      }
    }
    if (!adminPkcs8 && trust.mode === 'unsigned') adminPkcs8 = await makeSigningKey(input, changes)
  }
  if (Object.keys(changes).length) await db.users.update(row.id, changes)
  const adminKey = adminPkcs8 ? await importSigningKey(adminPkcs8) : null
  adminPkcs8?.fill(0)
  boxPkcs8?.fill(0)

  const counsellingKey = await counsellingKeyFor(input)
  const profile = (await createEncryptingCodec(opened.keyring.data, WORKSPACE_KID).open(
    'users',
    row.id,
    row.body,
  )) as {
    displayName: string
  }
  return {
    user: {
      id: row.id,
      username: row.username,
      displayName: profile.displayName,
      roles,
      ...(row.mustChangePassword ? { mustChangePassword: true } : {}),
    },
    keyring: opened.keyring,
    counsellingKey,
    adminKey,
    workspaceId,
    keeper,
  }
}
