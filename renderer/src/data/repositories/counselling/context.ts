/**
 * What the counselling repository's pieces share, and the one guard every operation passes: the
 * session must hold `counselling:own` and its own counselling key, and a row must belong to the
 * session's user. Anyone else is refused before a single row is read or opened.
 */
import { requirePermission, type Role } from '../../../domain/auth/roles'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { CounsellingClientRow, CounsellingRecordRow, MediationDb } from '../../schema'
import { createCounsellingCodec } from './counselling-codec'
import { CounsellingError } from './counselling-error'

export interface CounsellingDeps {
  db: MediationDb
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  /** The session's own counselling key; null for anyone who is not a counsellor. */
  counsellingKey: CryptoKey | null
  now?: () => Date
  newId?: () => string
}

export interface Owner {
  ownerId: string
  codec: RecordCodec
}

export function createCounsellingContext(deps: CounsellingDeps) {
  const { db, access, counsellingKey } = deps
  const codec = counsellingKey ? createCounsellingCodec(counsellingKey, access.actor.id) : null

  /** Refuses anyone but a counsellor holding their own key. */
  function owner(): Owner {
    requirePermission(access.roles, 'counselling:own')
    if (!codec) throw new CounsellingError('no-key')
    return { ownerId: access.actor.id, codec }
  }

  async function ownClientRow(id: string): Promise<CounsellingClientRow> {
    const { ownerId } = owner()
    const row = await db.counsellingClients.get(id)
    if (!row || row.ownerId !== ownerId) throw new CounsellingError('not-found')
    return row
  }

  async function ownRecordRow(id: string): Promise<CounsellingRecordRow> {
    const { ownerId } = owner()
    const row = await db.counsellingRecords.get(id)
    if (!row || row.ownerId !== ownerId) throw new CounsellingError('not-found')
    return row
  }

  return {
    ...deps,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    owner,
    ownClientRow,
    ownRecordRow,
  }
}

export type CounsellingContext = ReturnType<typeof createCounsellingContext>
