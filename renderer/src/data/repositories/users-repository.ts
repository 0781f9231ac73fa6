/**
 * Account administration and password changes. Every operation checks the acting session's
 * permission here, beneath the UI, and leaves an audit entry. A reset goes through the recovery
 * key and re-wraps keys only: no record is re-encrypted, nothing is lost, and the administrator's
 * session never holds the other user's counselling key beyond the re-wrap.
 */
import { newAccountSchema, passwordSchema, type NewAccount } from '../../domain/auth/account'
import { requirePermission, ROLES, type Role } from '../../domain/auth/roles'
import { parseOrThrow } from '../../domain/shared/errors'
import { z } from 'zod'
import { MSG } from '../../domain/shared/messages'
import type { AuditLog } from '../audit/audit-log'
import { DecryptError } from '../crypto/aead'
import { derivePasswordKey } from '../crypto/kdf'
import { unwrapKeyring } from '../crypto/keyring'
import type { RecordCodec } from '../codec/codec'
import type { MediationDb, UserRow } from '../schema'
import { AuthError, type Session } from '../auth/session'
import { newUserRow, openCounsellingKey, wrapForPassword, type KdfCost } from '../auth/user-keys'
import { rewrapFromRecovery } from '../auth/recover-account'
import { unlockRecovery } from '../auth/vault'

export interface UserSummary {
  id: string
  username: string
  displayName: string
  roles: Role[]
  disabled: boolean
  createdAt: string
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
  const actor = session.user
  const manage = () => requirePermission(actor.roles, 'user:manage')
  const target = (id: string) => ({ type: 'user', id })

  async function summary(row: UserRow): Promise<UserSummary> {
    const { displayName } = (await codec.open('users', row.id, row.body)) as { displayName: string }
    return {
      id: row.id,
      username: row.username,
      displayName,
      roles: row.roles,
      disabled: row.disabled,
      createdAt: row.createdAt,
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
    const admins = (await db.users.toArray()).filter((u) => u.roles.includes('admin') && !u.disabled)
    if (admins.every((u) => u.id === changing)) throw new AuthError('last-admin')
  }

  return {
    /** Colleagues' names and roles, for showing who handles a case: any unlocked user may read it. */
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
      const account = parseOrThrow(newAccountSchema, input)
      if (await db.users.where('username').equals(account.username).count())
        throw new AuthError('username-taken')
      const row = await newUserRow(account, session.keyring, codec, now().toISOString(), kdfCost)
      await db.users.add(row)
      await audit.append(actor, 'user.create', target(row.id), { roles: account.roles })
      return summary(row)
    },

    async update(id, input) {
      manage()
      const change = parseOrThrow(userUpdateSchema, input)
      const row = await mustGet(id)
      await assertAdminRemains(id, change.roles, row.disabled)
      const body = await codec.seal('users', id, { displayName: change.displayName })
      await db.users.update(id, { roles: change.roles, body, updatedAt: now().toISOString() })
      await audit.append(actor, 'user.update', target(id), { roles: change.roles })
      return summary(await mustGet(id))
    },

    async setDisabled(id, disabled) {
      manage()
      if (id === actor.id) throw new AuthError('self')
      const row = await mustGet(id)
      await assertAdminRemains(id, row.roles, disabled)
      await db.users.update(id, { disabled, updatedAt: now().toISOString() })
      await audit.append(actor, disabled ? 'user.disable' : 'user.enable', target(id))
    },

    /** Sets a new password for someone who forgot theirs, proven by the recovery key. */
    async resetPassword(id, recoveryKey, newPassword) {
      manage()
      const password = parseOrThrow(passwordSchema, newPassword)
      const row = await mustGet(id)
      const privateKey = await unlockRecovery(db, recoveryKey)
      await rewrapFromRecovery(db, row, privateKey, password, now().toISOString(), kdfCost)
      await audit.append(actor, 'user.password-reset', target(id))
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
  const password = parseOrThrow(passwordSchema, newPassword)
  const row = await db.users.get(session.user.id)
  if (!row) throw new AuthError('not-found')
  const kek = await derivePasswordKey(oldPassword, row.kdf)
  let counsellingKey: CryptoKey | null = null
  try {
    await unwrapKeyring(row.keyring, kek)
    if (row.counsellingKey) counsellingKey = await openCounsellingKey(row.id, row.counsellingKey, kek)
  } catch (error) {
    if (error instanceof DecryptError) throw new AuthError('wrong-password')
    throw error
  }
  const wrapped = await wrapForPassword(row.id, password, session.keyring, counsellingKey, kdfCost)
  await db.users.update(row.id, { ...wrapped, updatedAt: new Date().toISOString() })
  await audit.append(session.user, 'user.password-change', { type: 'user', id: row.id })
}
