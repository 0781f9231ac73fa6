/**
 * Schema v4, as released: persons shared across cases, documents and their issued PDFs,
 * counselling and referrals. No upgrade function: linking existing case parties to persons needs
 * the keys, so it runs after login (repositories/persons/legacy-links.ts). Frozen: never changes,
 * imports nothing from domain/.
 */
import type { Dexie } from 'dexie'

export function declareV4(db: Dexie): void {
  db.version(4).stores({
    cases:
      'id, &[year+seq], createdAt, updatedAt, [status+createdAt], [status+updatedAt], [disputeType+createdAt], [disputeType+updatedAt], [status+disputeType+createdAt], [status+disputeType+updatedAt], caseNo, seq, *tokens, [kind+createdAt], [riskLevel+createdAt], [source+createdAt], [mediatorId+open+updatedAt], [open+dueDate], dueDate, *personIds',
    persons: 'id, *tokens, updatedAt',
    documents: 'id, caseId, [caseId+kind+version], sha256, [status+updatedAt]',
    documentFiles: 'id, documentId',
    counsellingClients: 'id, ownerId, [ownerId+updatedAt], retainUntil',
    counsellingRecords: 'id, clientId, ownerId, [clientId+createdAt]',
    referrals: 'id, caseId, counsellorId, [counsellorId+status]',
  })
}
