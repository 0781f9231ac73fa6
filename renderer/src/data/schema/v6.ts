/**
 * Schema v6 (issue 14), as released: case numbers per issuing body. Each body (the 人民调解委员会,
 * a 行政机关, a 特邀调解组织) counts its own numbers, so (year, seq) is unique only within a body:
 * the unique index becomes [issuerId+year+seq]. The upgrade gives every stored case the committee's
 * id, under which it was numbered. Frozen: it carries its own copy of that id.
 */
import type { Dexie, Transaction } from 'dexie'

/** The committee's id as v6 defines it. */
const COMMITTEE_AT_V6 = 'committee'

export async function upgradeToV6(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: { issuerId?: string }) => {
      row.issuerId ??= COMMITTEE_AT_V6
    })
}

export function declareV6(db: Dexie): void {
  db.version(6)
    .stores({
      cases:
        'id, &[issuerId+year+seq], [year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt], caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate, *personIds',
    })
    .upgrade(upgradeToV6)
}
