/**
 * Account administration and password changes. Every operation checks the acting session's
 * permission here, beneath the UI, and is written with its audit entry in one transaction. A
 * change of roles or status is a new grant signed with the administrators' key (auth/grants.ts):
 * the session must hold it. A reset goes through the recovery key and re-wraps keys only: no
 * record is re-encrypted, nothing is lost, and the administrator's session never holds the other
 * user's counselling key beyond the re-wrap.
 */
import { newAccountSchema, passwordSchema, type NewAccount } from '../../domain/auth/account'
import { loadPasswordStrength } from '../../domain/auth/password-strength'
import { requirePermission, ROLES, type Role } from '../../domain/auth/roles'
import { parseOrThrow } from '../../domain/shared/errors'
import { z } from 'zod'
import { MSG } from '../../domain/shared/messages'
import type { AuditLog } from '../audit/audit-log'
import { DecryptError } from '../crypto/aead'
import { sealBox } from '../crypto/boxes'
import { fromBase64 } from '../crypto/bytes'
import type { RecordCodec } from '../codec/codec'
import type { MediationDb, UserRow } from '../schema'
import { AuthError, type Session } from '../auth/session'
import { recordGrant, recoverAdminKey, signNextGrant } from '../auth/admin-key'
import { boxFingerprint, checkGrant, type Grant } from '../auth/grants'
import { adminBoxLabel } from '../auth/open-session'
import {
  newUserRow,
  openAccount,
  openAdminKey,
  openCounsellingKey,
  wrapForPassword,
  type KdfCost,
} from '../auth/user-keys'
import { rewrapFromRecovery } from '../auth/recover-account'
import { unlockRecovery } from '../auth/vault'
import { exportPkcs8, importSigningKey } from '../crypto/admin-signing'
import { generateBoxPair } from '../crypto/boxes'

export interface UserSummary {
  id: string
  username: string
  displayName: string
  roles: Role[]
  disabled: boolean
  createdAt: string
  /** The row's security fields do not match its signed grant: it was edited outside the app. */
  tampered: boolean
}

const userUpdateSchema = z.object({
  displayName: z.string().trim().min(1, MSG.required).max(40, MSG.tooLong),
  roles: z.array(z.enum(ROLES)).min(1, MSG.rolesMin),
})

/** Colleagues as any unlocked user sees them, for showing who handles a case. */
export type DirectoryEntry = Pick<UserSummary, 'id' | 'displayName' | 'roles' | 'disabled'>

/** Account administration (user:manage) and the directory of colleagues. */
export interface UserRepository {
  /** Colleagues' names and roles: any unlocked user may read it. */
  directory(): Promise<DirectoryEntry[]>
  list(): Promise<UserSummary[]>
  create(input: NewAccount): Promise<UserSummary>
  update(id: string, input: z.input<typeof userUpdateSchema>): Promise<UserSummary>
  setDisabled(id: string, disabled: boolean): Promise<void>
  /** Sets a new password for someone who forgot theirs, proven by the recovery key. */
  resetPassword(id: string, recoveryKey: string, newPassword: string): Promise<void>
}

export interface UsersDeps {
  db: MediationDb
  session: Session
  codec: RecordCodec
  audit: AuditLog
  kdfCost?: KdfCost
  now?: () => Date
}

export function createUserRepository({
  db,
  session,
  codec,
  audit,
  kdfCost,
  now = () => new Date(),
}: UsersDeps): UserRepository {
  const { keeper, workspaceId } = session
  const actor = session.user
  const manage = () => requirePermission(actor.roles, 'user:manage')
  const target = (id: string) => ({ type: 'user', id })
  const signingKey = (): CryptoKey => {
    if (!session.adminKey) throw new AuthError('admin-key-missing')
    return session.adminKey
  }

  /** What the row's grant says (checked), or the stored fields before any signing key existed. */
  async function effective(row: UserRow): Promise<{ roles: Role[]; disabled: boolean; tampered: boolean }> {
    const pinned = await keeper.adminKey(workspaceId)
    if (!pinned) return { roles: row.roles, disabled: row.disabled, tampered: false }
    const grant: Grant | null = await checkGrant(fromBase64(pinned), row.grant, row, workspaceId)
    if (!grant) return { roles: [], disabled: true, tampered: true }
    const tampered =
      grant.disabled !== row.disabled || [...grant.roles].sort().join() !== [...row.roles].sort().join()
    return { roles: grant.roles, disabled: grant.disabled, tampered }
  }

  async function summary(row: UserRow): Promise<UserSummary> {
    const { displayName } = (await codec.open('users', row.id, row.body)) as { displayName: string }
    const e = await effective(row)
    return {
      id: row.id,
      username: row.username,
      displayName,
      roles: e.roles,
      disabled: e.disabled,
      createdAt: row.createdAt,
      tampered: e.tampered,
    }
  }

  async function mustGet(id: string): Promise<UserRow> {
    const row = await db.users.get(id)
    if (!row) throw new AuthError('not-found')
    return row
  }

  /** An administrator may not remove the last active administrator (the workspace would be unmanageable). */
  async function assertAdminRemains(changing: string, roles: Role[], disabled: boolean): Promise<void> {
    if (roles.includes('admin') && !disabled) return
    const others = []
    for (const u of await db.users.toArray()) {
      if (u.id === changing) continue
      const e = await effective(u)
      if (e.roles.includes('admin') && !e.disabled) others.push(u)
    }
    if (others.length === 0) throw new AuthError('last-admin')
  }

  /**
   * The signing key sealed to an account made an administrator: only to the box key its grant
   * names (a box key put on the row by someone else does not match, and gets nothing).
   */
  async function boxForAdmin(row: UserRow, grantBox: string): Promise<UserRow['adminKeyBox']> {
    if (!row.boxPublicKey || (await boxFingerprint(row.boxPublicKey)) !== grantBox) return null
    const pkcs8 = await exportPkcs8(signingKey())
    try {
      return await sealBox(row.boxPublicKey, pkcs8, adminBoxLabel(row.id))
    } finally {
      pkcs8.fill(0)
    }
  }

  /** A new grant for `row` with these roles and status, written with the other changes and its entry. */
  async function regrant(
    row: UserRow,
    next: { roles: Role[]; disabled: boolean },
    changes: Partial<UserRow>,
    entry: { action: Parameters<AuditLog['append']>[1]; details?: Record<string, string | string[]> },
    adminKey: CryptoKey = signingKey(),
  ): Promise<void> {
    const at = now()
    const grant = await signNextGrant({
      keeper,
      adminKey,
      workspaceId,
      row: { ...row, ...changes },
      ...next,
      issuedBy: actor.id,
      now: at,
    })
    await audit.commit([db.users], async () => ({
      entry: { actor, action: entry.action, target: target(row.id), details: entry.details ?? {} },
      write: () => db.users.update(row.id, { ...changes, ...next, grant, updatedAt: at.toISOString() }),
    }))
    await recordGrant(keeper, workspaceId, grant)
  }

  return {
    async directory() {
      const rows = await db.users.orderBy('username').toArray()
      return Promise.all(
        rows.map(async (r) => {
          const { id, displayName, roles, disabled } = await summary(r)
          return { id, displayName, roles, disabled }
        }),
      )
    },

    async list() {
      manage()
      const rows = await db.users.orderBy('username').toArray()
      return Promise.all(rows.map(summary))
    },

    async create(input) {
      manage()
      await loadPasswordStrength()
      const account = parseOrThrow(newAccountSchema, input)
      if (await db.users.where('username').equals(account.username).count())
        throw new AuthError('username-taken')
      const at = now()
      const key = signingKey()
      const adminPkcs8 = account.roles.includes('admin') ? await exportPkcs8(key) : null
      const row = await newUserRow(account, session.keyring, codec, at.toISOString(), {
        cost: kdfCost,
        adminPkcs8,
      })
      adminPkcs8?.fill(0)
      row.mustChangePassword = true
      row.grant = await signNextGrant({
        keeper,
        adminKey: key,
        workspaceId,
        row,
        roles: account.roles,
        disabled: false,
        issuedBy: actor.id,
        now: at,
      })
      await audit.commit([db.users], async () => ({
        entry: { actor, action: 'user.create', target: target(row.id), details: { roles: account.roles } },
        write: async () => {
          if (await db.users.where('username').equals(account.username).count())
            throw new AuthError('username-taken')
          await db.users.add(row)
        },
      }))
      await recordGrant(keeper, workspaceId, row.grant)
      return summary(row)
    },

    async update(id, input) {
      manage()
      const change = parseOrThrow(userUpdateSchema, input)
      const row = await mustGet(id)
      const current = await effective(row)
      await assertAdminRemains(id, change.roles, current.disabled)
      const changes: Partial<UserRow> = {
        body: await codec.seal('users', id, { displayName: change.displayName }),
      }
      const becomesAdmin = change.roles.includes('admin') && !current.roles.includes('admin')
      const leavesAdmin = !change.roles.includes('admin') && current.roles.includes('admin')
      // A former administrator keeps no copy of the signing key (they knew it before: README).
      if (leavesAdmin) Object.assign(changes, { adminKey: null, adminKeyBox: null })
      if (becomesAdmin) changes.adminKeyBox = await boxForAdmin(row, await boxFingerprint(row.boxPublicKey))
      await regrant(row, { roles: change.roles, disabled: current.disabled }, changes, {
        action: 'user.update',
        details: { roles: change.roles },
      })
      return summary(await mustGet(id))
    },

    async setDisabled(id, disabled) {
      manage()
      if (id === actor.id) throw new AuthError('self')
      const row = await mustGet(id)
      const current = await effective(row)
      await assertAdminRemains(id, current.roles, disabled)
      await regrant(
        row,
        { roles: current.roles, disabled },
        {},
        {
          action: disabled ? 'user.disable' : 'user.enable',
        },
      )
    },

    async resetPassword(id, recoveryKey, newPassword) {
      manage()
      await loadPasswordStrength()
      const password = parseOrThrow(passwordSchema, newPassword)
      const row = await mustGet(id)
      const current = await effective(row)
      const privateKey = await unlockRecovery(db, recoveryKey)
      const { changes } = await rewrapFromRecovery(db, row, privateKey, password, current.roles, {
        at: now().toISOString(),
        kdfCost,
      })
      // The recovery copy of the signing key serves when this session holds none.
      let adminKey = session.adminKey
      if (!adminKey) {
        const pkcs8 = await recoverAdminKey(db, privateKey)
        if (!pkcs8) throw new AuthError('admin-key-missing')
        adminKey = await importSigningKey(pkcs8)
        pkcs8.fill(0)
      }
      // A password someone else set is not the user's own: they choose one at their next login,
      // as after an account is created (an administrator resetting their own account is exempt).
      const mustChange = id === actor.id ? {} : { mustChangePassword: true }
      await regrant(row, current, { ...changes, ...mustChange }, { action: 'user.password-reset' }, adminKey)
    },
  }
}

/** A user changes their own password: proven by the old one; keys are re-wrapped, records untouched. */
export async function changeOwnPassword(
  db: MediationDb,
  session: Session,
  audit: AuditLog,
  oldPassword: string,
  newPassword: string,
  kdfCost?: KdfCost,
): Promise<void> {
  await loadPasswordStrength()
  const password = parseOrThrow(passwordSchema, newPassword)
  const row = await db.users.get(session.user.id)
  if (!row) throw new AuthError('not-found')
  let opened
  let counsellingKey: CryptoKey | null = null
  let adminPkcs8: Uint8Array | null = null
  try {
    opened = await openAccount(row, oldPassword)
    if (row.counsellingKey) counsellingKey = await openCounsellingKey(row.id, row.counsellingKey, opened.kek)
    adminPkcs8 = await openAdminKey(row, opened.kek)
  } catch (error) {
    if (error instanceof DecryptError) throw new AuthError('wrong-password')
    throw error
  }
  // An account without a box key yet gets one now (its grant names none, so nothing changes there).
  const box = opened.boxPkcs8 ? null : await generateBoxPair()
  const boxPkcs8 = opened.boxPkcs8 ?? (box as { pkcs8: Uint8Array }).pkcs8
  const wrapped = await wrapForPassword(
    row,
    password,
    { keyring: session.keyring, counsellingKey, boxPkcs8, adminPkcs8 },
    kdfCost,
  )
  boxPkcs8.fill(0)
  adminPkcs8?.fill(0)
  await audit.commit([db.users], async () => ({
    entry: { actor: session.user, action: 'user.password-change', target: { type: 'user', id: row.id } },
    write: () =>
      db.users.update(row.id, {
        ...wrapped,
        ...(box ? { boxPublicKey: box.publicKey } : {}),
        mustChangePassword: false,
        updatedAt: new Date().toISOString(),
      }),
  }))
}
