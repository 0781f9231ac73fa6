/**
 * The Dexie database and its schema. Versions only go up; every upgrade gets a test that starts
 * from a fixture of the version before. Stored rows hold a few plaintext index fields that reveal
 * nothing personal, and one sealed `body` with everything else (see codec/).
 */
import { Dexie, type EntityTable } from 'dexie'
import type { CaseSource, CaseStatus, DisputeType, MediationKind } from '../domain/cases/catalogues'
import type { SealedBody } from './codec/codec'

export const DATABASE_NAME = 'mediation-room'

export interface CaseRow {
  id: string
  /** Case numbers are public identifiers printed on every document, derived from year and seq. */
  caseNo: string
  year: number
  seq: number
  kind: MediationKind
  status: CaseStatus
  disputeType: DisputeType
  source: CaseSource
  createdAt: string
  updatedAt: string
  body: SealedBody
}

export interface CounterRow {
  key: string
  value: number
}

export interface SettingRow {
  key: string
  value: unknown
}

export type MediationDb = Dexie & {
  cases: EntityTable<CaseRow, 'id'>
  counters: EntityTable<CounterRow, 'key'>
  settings: EntityTable<SettingRow, 'key'>
}

/** Every sortable column crossed with every filter combination, so each list page is one index range. */
export const CASE_INDEXES = [
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

export function openDatabase(name: string = DATABASE_NAME): MediationDb {
  // Strict durability: a registered case is on disk when the transaction resolves, even if the
  // PC loses power a moment later.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as MediationDb
  db.version(1).stores({
    cases: CASE_INDEXES.join(', '),
    counters: 'key',
    settings: 'key',
  })
  return db
}
