/**
 * Schema v3 (issue 4), as released: every kind of mediation, records, drafts, attachments, risk,
 * mediators and deadlines. The upgrade gives stored cases the plain fields lists and deadlines
 * need. Frozen: it carries its own copy of what it needs (which statuses counted as open at v3),
 * so a later change to the domain can never change what this upgrade does.
 */
import type { Dexie, Transaction } from 'dexie'

/** The statuses in which a case was still being worked, as the domain defined them at v3. */
const OPEN_AT_V3: readonly string[] = [
  'registered',
  'accepted',
  'notified',
  'investigating',
  'mediating',
  'agreed',
  'performing',
  'visited',
]

/** A case row as v2 left it, with the fields v3 adds (absent until this upgrade runs). */
interface CaseRowAtV3 {
  status: string
  createdAt: string
  sector?: string | null
  outcome?: string | null
  riskLevel?: string
  mediatorId?: string
  open?: 0 | 1
  events?: { registered: string }
  extensionDays?: number
  judicialConfirmationApplied?: boolean
  dueDate?: string
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((row: CaseRowAtV3) => {
      row.sector ??= null
      row.outcome ??= null
      row.riskLevel ??= ''
      row.mediatorId ??= ''
      row.open = OPEN_AT_V3.includes(row.status) ? 1 : 0
      row.events ??= { registered: row.createdAt.slice(0, 10) }
      row.extensionDays ??= 0
      row.judicialConfirmationApplied ??= false
      row.dueDate ??= ''
    })
}

export function declareV3(db: Dexie): void {
  db.version(3)
    .stores({
      cases:
        'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt], caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate',
      records: 'id, [caseId+createdAt], [caseId+kind]',
      drafts: 'key, userId',
      attachments: 'id, [caseId+createdAt]',
    })
    .upgrade(upgradeToV3)
}
