/**
 * Schema v2 (issue 3), as released: accounts, the key vault and the audit chain; cases gain
 * blind-index tokens and look-up by case number. No upgrade function: setup seals the v1 bodies
 * and adds their tokens once keys exist. Frozen: never changes, imports nothing from domain/.
 */
import type { Dexie } from 'dexie'

export function declareV2(db: Dexie): void {
  db.version(2).stores({
    cases:
      'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt], caseNo, seq, *tokens',
    users: 'id, &username',
    vault: 'id',
    audit: '++pos, seq, at, [action+at]',
    auditPending: '++id',
  })
}
