/** Reading, verifying and exporting the audit log: administrators only, and each use is itself audited. */
import type { AuditEntry, AuditVerification } from '../../domain/audit/actions'
import { requirePermission, type Role } from '../../domain/auth/roles'
import type { Actor, AuditLog, AuditQuery } from '../audit/audit-log'

export interface AuditRepository {
  list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }>
  /** Walks the whole chain; the check is itself audited. */
  verify(): Promise<AuditVerification>
  /** Every entry, oldest first; the export is itself audited. */
  exportAll(): Promise<AuditEntry[]>
  /** The newest entry's sequence number and hash. */
  head(): Promise<{ seq: number; hash: string }>
  /** Records that the signed-in user was refused a page (any role may record its own refusal). */
  refused(area: string): Promise<void>
}

export function createAuditRepository(
  log: AuditLog,
  access: { roles: readonly Role[]; actor: Actor },
): AuditRepository {
  const read = () => requirePermission(access.roles, 'audit:read')
  return {
    async list(q) {
      read()
      return log.list(q)
    },
    async verify() {
      read()
      const result = await log.verify()
      await log.append(access.actor, 'audit.verify', { type: 'audit', id: '' }, { ok: result.ok })
      return result
    },
    async exportAll() {
      read()
      const all = await log.all()
      await log.append(access.actor, 'audit.export', { type: 'audit', id: '' }, { count: all.length })
      return all
    },
    async head() {
      return log.head()
    },
    async refused(area) {
      await log.append(access.actor, 'access.denied', { type: 'route', id: area }, {})
    },
  }
}
