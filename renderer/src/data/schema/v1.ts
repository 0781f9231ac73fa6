/**
 * Schema v1 (issue 2), as released: cases with their list indexes, the case-number counters and
 * the settings. Case bodies were plaintext then; setup seals them (cases.sealLegacyRows).
 * Frozen: a released version never changes, and imports nothing from domain/ (lint-enforced).
 */
import type { Dexie } from 'dexie'

/** Every sortable column crossed with every filter combination, so each list page is one index range. */
export const CASE_INDEXES_V1: readonly string[] = [
  'id',
  '&[year+seq]',
  'createdAt',
  'updatedAt',
  '[status+createdAt]',
  '[status+updatedAt]',
  '[disputeType+createdAt]',
  '[disputeType+updatedAt]',
  '[status+disputeType+createdAt]',
  '[status+disputeType+updatedAt]',
]

export function declareV1(db: Dexie): void {
  db.version(1).stores({
    cases: CASE_INDEXES_V1.join(', '),
    counters: 'key',
    settings: 'key',
  })
}
