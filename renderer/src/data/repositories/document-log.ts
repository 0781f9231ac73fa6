/**
 * The audit trail of documents made from a case: every DOCX or PDF downloaded, every print and
 * every archive volume exported is personal data leaving the app, so each one is recorded — by
 * case id, document kind and format, never content.
 */
import { requirePermission, type Role } from '../../domain/auth/roles'
import type { Actor, AuditLog } from '../audit/audit-log'

export type DocumentOutput = 'docx' | 'pdf' | 'print' | 'archive'

export interface DocumentLog {
  /** Records one document made from a case: by case id, kind and format (and copies printed). */
  generated(caseId: string, kind: string, output: DocumentOutput, copies?: number): Promise<void>
}

export function createDocumentLog({
  access,
  audit,
}: {
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
}): DocumentLog {
  return {
    async generated(caseId, kind, output, copies) {
      requirePermission(access.roles, 'case:read')
      await audit.append(
        access.actor,
        'document.generate',
        { type: 'case', id: caseId },
        copies === undefined ? { kind, output } : { kind, output, copies },
      )
    },
  }
}
