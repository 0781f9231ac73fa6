/**
 * The benchmark's baseline: the same generated cases as plain rows in an unencrypted Dexie
 * database with the app's case indexes (no blind-index tokens, nothing sealed).
 */
import { Dexie, type Table } from 'dexie'
import { CASE_INDEXES } from '../src/data/schema'
import { isOpen } from '../src/domain/cases/catalogues'
import type { CaseDraft } from '../src/domain/cases/draft'

export const RAW_DB = 'mediation-room-bench-raw'

/** The app's case indexes (schema v4), without the blind-index tokens plain rows do not need. */
const RAW_INDEXES = [
  ...CASE_INDEXES,
  'caseNo',
  'seq',
  '[kind+createdAt]',
  '[riskLevel+createdAt]',
  '[source+createdAt]',
  '[mediatorId+open+updatedAt]',
  '[open+dueDate]',
  'dueDate',
].join(', ')

export type PlainRow = Omit<CaseDraft, 'records'> & {
  id: string
  caseNo: string
  year: number
  seq: number
  mediatorId: string
  open: 0 | 1
  dueDate: string
  recordCount: number
}

export type RawDb = Dexie & { cases: Table<PlainRow, string> }

export function openRaw(): RawDb {
  const raw = new Dexie(RAW_DB, { chromeTransactionDurability: 'strict' }) as RawDb
  raw.version(1).stores({ cases: RAW_INDEXES })
  return raw
}

export function plainRows(drafts: CaseDraft[], startIndex: number): PlainRow[] {
  return drafts.map(({ records, ...d }, i) => {
    const seq = startIndex + i + 1
    return {
      ...d,
      id: `raw-${seq}`,
      caseNo: `（${d.createdAt.slice(0, 4)}）甘人调字第${String(seq).padStart(4, '0')}号`,
      year: Number(d.createdAt.slice(0, 4)),
      seq,
      mediatorId: 'bench',
      open: isOpen(d.status) ? 1 : 0,
      dueDate: '',
      recordCount: records.length,
    }
  })
}
