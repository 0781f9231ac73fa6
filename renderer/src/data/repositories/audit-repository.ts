/** Reading, verifying and exporting the audit log: administrators only, and each use is itself audited. */
import { requirePermission, type Role } from '../../domain/auth/roles'
import type { Actor, AuditLog, AuditQuery } from '../audit/audit-log'

export function createAuditRepository(log: AuditLog, access: { roles: readonly Role[]; actor: Actor }) {
  const read = () => requirePermission(access.roles, 'audit:read')
  return {
    async list(q: AuditQuery) {
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
  }
}
