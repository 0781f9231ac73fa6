/** What the pieces of the statistics repository share. */
import { requirePermission, type Permission, type Role } from '../../../domain/auth/roles'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { MediationDb } from '../../schema'

export interface StatisticsDeps {
  db: MediationDb
  codec: RecordCodec
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  now?: () => Date
  newId?: () => string
}

export interface StatisticsContext extends Required<StatisticsDeps> {
  need: (p: Permission) => void
}

export function statisticsContext(deps: StatisticsDeps): StatisticsContext {
  return {
    ...deps,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    need: (p) => requirePermission(deps.access.roles, p),
  }
}
