/**
 * What an administrator may do about counselling without ever reading it: anonymous counts, the
 * retention period, purging files whose retention ran out (by index, without a key), and moving a
 * departing counsellor's files to a colleague — only with the recovery key, audited with counts.
 */
import { requirePermission, type Role } from '../../../domain/auth/roles'
import { retentionYearsSchema } from '../../../domain/counselling/retention'
import { parseOrThrow } from '../../../domain/shared/errors'
import type { Actor, AuditLog } from '../../audit/audit-log'
import { recoverRaw, recoveryCounsellingId, unlockRecovery } from '../../auth/vault'
import type { RecordCodec } from '../../codec/codec'
import { importAes } from '../../crypto/keyring'
import type { MediationDb } from '../../schema'
import { resealBody } from './counselling-codec'
import { CounsellingError } from './counselling-error'
import { CLIENTS, RECORDS } from './counselling-rows'
import { expiredClientIds, purgeClients } from './purge'
import { readRetentionYears, RETENTION_KEY } from './retention-settings'

export interface CounsellingCounts {
  clients: number
  open: number
  closed: number
  records: number
  pendingReferrals: number
}

export interface CounsellorEntry {
  id: string
  displayName: string
  disabled: boolean
  /** Whether they have logged in once, so they hold a counselling key. */
  hasKey: boolean
  clients: number
}

/** What an administrator may do about counselling without ever reading it. */
export interface CounsellingAdmin {
  /** Numbers only, from plain index fields: nothing is opened. */
  counts(): Promise<CounsellingCounts>
  /** Anyone unlocked may read it: a counsellor needs it when closing a file. */
  getRetentionYears(): Promise<number>
  setRetentionYears(years: number | string): Promise<number>
  /** Deletes every file whose retention ran out, of any counsellor, by index and unread. */
  purgeExpired(): Promise<{ clients: number; records: number }>
  /** The counsellors, for choosing who hands over and who receives. */
  counsellors(): Promise<CounsellorEntry[]>
  /** Moves every client and record of one counsellor to another (recovery key needed). */
  transfer(fromId: string, toId: string, recoveryKey: string): Promise<{ clients: number; records: number }>
}

export interface CounsellingAdminDeps {
  db: MediationDb
  /** The workspace codec, for counsellors' display names only. */
  codec: RecordCodec
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  now?: () => Date
}

async function keyFromVault(
  db: MediationDb,
  privateKey: CryptoKey,
  userId: string,
): Promise<CryptoKey | null> {
  const raw = await recoverRaw(db, privateKey, recoveryCounsellingId(userId))
  if (!raw) return null
  try {
    return await importAes(raw.slice())
  } finally {
    raw.fill(0)
  }
}

export function createCounsellingAdmin({
  db,
  codec,
  audit,
  access,
  now = () => new Date(),
}: CounsellingAdminDeps): CounsellingAdmin {
  const need = (p: 'settings:manage' | 'user:manage') => requirePermission(access.roles, p)

  return {
    /** Numbers only, from plain index fields: nothing is opened. */
    async counts() {
      need('settings:manage')
      const [clients, open, records, pendingReferrals] = await Promise.all([
        db.counsellingClients.count(),
        db.counsellingClients.where('retainUntil').equals('').count(),
        db.counsellingRecords.count(),
        db.referrals.filter((r) => r.status === 'pending').count(),
      ])
      return { clients, open, closed: clients - open, records, pendingReferrals }
    },

    /** Anyone unlocked may read it: a counsellor needs it when closing a file. */
    getRetentionYears: () => readRetentionYears(db),

    async setRetentionYears(input) {
      need('settings:manage')
      const years = parseOrThrow(retentionYearsSchema, input)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: RETENTION_KEY },
          details: { years },
        },
        write: () => db.settings.put({ key: RETENTION_KEY, value: { years } }),
      }))
      return years
    },

    /** Deletes every file whose retention ran out, of any counsellor, by index and unread. */
    async purgeExpired() {
      need('settings:manage')
      const ids = await expiredClientIds(db, now())
      return purgeClients(db, audit, access.actor, ids)
    },

    /** The counsellors, for choosing who hands over and who receives. */
    async counsellors() {
      need('user:manage')
      const rows = (await db.users.orderBy('username').toArray()).filter((u) =>
        u.roles.includes('counsellor'),
      )
      return Promise.all(
        rows.map(async (u) => ({
          id: u.id,
          displayName: ((await codec.open('users', u.id, u.body)) as { displayName: string }).displayName,
          disabled: u.disabled,
          hasKey: u.counsellingKey !== null,
          clients: await db.counsellingClients.where('ownerId').equals(u.id).count(),
        })),
      )
    },

    /**
     * Moves every client and record of counsellor `fromId` to counsellor `toId`. Each body is
     * decrypted with the departing counsellor's key (opened from its recovery copy) and encrypted
     * again with the receiver's key, as bytes, never parsed. Then the departing key is retired —
     * removed from their account and from the vault — so no copy of it, nor any leftover
     * ciphertext under it, can be opened again. A wrong recovery key changes nothing.
     */
    async transfer(fromId, toId, recoveryKey) {
      need('user:manage')
      const [from, to] = await Promise.all([db.users.get(fromId), db.users.get(toId)])
      if (!from || !to || fromId === toId || !to.roles.includes('counsellor') || to.disabled)
        throw new CounsellingError('target-invalid')
      if (!to.counsellingKey) throw new CounsellingError('target-no-key')
      const privateKey = await unlockRecovery(db, recoveryKey)
      const toKey = await keyFromVault(db, privateKey, toId)
      if (!toKey) throw new CounsellingError('target-no-key')
      const clientRows = await db.counsellingClients.where('ownerId').equals(fromId).toArray()
      const recordRows = await db.counsellingRecords.where('ownerId').equals(fromId).toArray()
      const fromKey = await keyFromVault(db, privateKey, fromId)
      if (!fromKey && (clientRows.length || recordRows.length)) throw new CounsellingError('no-key')
      const src = { key: fromKey as CryptoKey, ownerId: fromId }
      const dst = { key: toKey, ownerId: toId }
      // Crypto first: an IndexedDB transaction would commit itself while waiting on it.
      const clients = await Promise.all(
        clientRows.map(async (r) => ({
          ...r,
          ownerId: toId,
          body: await resealBody(r.body, CLIENTS, r.id, src, dst),
        })),
      )
      const records = await Promise.all(
        recordRows.map(async (r) => ({
          ...r,
          ownerId: toId,
          body: await resealBody(r.body, RECORDS, r.id, src, dst),
        })),
      )
      const updatedAt = now().toISOString()
      const counts = { clients: clients.length, records: records.length }
      await audit.commit(
        [db.counsellingClients, db.counsellingRecords, db.referrals, db.users, db.vault],
        async () => ({
          entry: {
            actor: access.actor,
            action: 'counselling.transfer',
            target: { type: 'user', id: fromId },
            details: { to: toId, ...counts },
          },
          write: async () => {
            await db.counsellingClients.bulkPut(clients)
            await db.counsellingRecords.bulkPut(records)
            await db.referrals
              .where('[counsellorId+status]')
              .equals([fromId, 'pending'])
              .modify({ counsellorId: toId, updatedAt })
            await db.users.update(fromId, { counsellingKey: null, updatedAt })
            await db.vault.delete(recoveryCounsellingId(fromId))
          },
        }),
      )
      return counts
    },
  }
}
