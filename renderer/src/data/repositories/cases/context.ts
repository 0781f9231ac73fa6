/** What the pieces of the case repository share. */
import type { Permission, Role } from '../../../domain/auth/roles'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { BlindIndexer } from '../../crypto/blind-index'
import type { Deadline } from '../../../domain/deadlines/compute'
import type { CaseRow, MediationDb } from '../../schema'
import type { SettingsRepository } from '../settings-repository'

export interface CaseContext {
  db: MediationDb
  codec: RecordCodec
  indexer: BlindIndexer
  settings: SettingsRepository
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  now: () => Date
  newId: () => string
  need: (p: Permission) => void
  /** The nearest running deadline the room must meet on a case as it now stands ('' when none). */
  dueDateOf: (row: CaseRow) => Promise<string>
  /** The ids of active users with the mediator role (who may be named a 协同调解员). */
  activeMediatorIds: () => Promise<string[]>
  /** Every deadline of a case on a day (default today). */
  deadlinesOf: (row: CaseRow, today?: string) => Promise<Deadline[]>
}
