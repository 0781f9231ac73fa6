/**
 * The case list's query planner. Every list page is read from one ordered index range: the
 * planner picks the compound index that answers the most selective filter together with the
 * sort, and applies what remains as a filter on plain index fields (no decryption) while the
 * cursor walks — so a page costs a short index walk, never a scan of every case.
 */
import { Dexie, type Collection, type InsertType } from 'dexie'
import type {
  AdminSector,
  CaseSource,
  CaseStatus,
  DisputeType,
  MediationKind,
  RiskLevel,
} from '../../../domain/cases/catalogues'
import { localDateOf, localDayEnd, localDayStart } from '../../../domain/shared/dates'
import type { CaseRow, MediationDb } from '../../schema'

export type CaseSortField = 'createdAt' | 'updatedAt'

export interface CaseListQuery {
  kind?: MediationKind
  sector?: AdminSector
  status?: CaseStatus
  disputeType?: DisputeType
  riskLevel?: RiskLevel
  mediatorId?: string
  source?: CaseSource
  /** Registration date range, YYYY-MM-DD inclusive. */
  from?: string
  to?: string
  /** Only cases still being worked. */
  openOnly?: boolean
  /** Only open cases whose nearest deadline is before this day (YYYY-MM-DD). */
  overdueBefore?: string
  sortBy: CaseSortField
  direction: 'asc' | 'desc'
  page: number
  pageSize: number
}

type Plan = {
  collection: Collection<CaseRow, string, InsertType<CaseRow, 'id'>>
  covered: (keyof CaseListQuery)[]
}

const range = (prefix: unknown[]) => [
  [...prefix, Dexie.minKey],
  [...prefix, Dexie.maxKey],
]

function plan(db: MediationDb, q: CaseListQuery): Plan {
  const s = q.sortBy
  const by = (index: string, prefix: unknown[], covered: (keyof CaseListQuery)[]): Plan => {
    const [lo, hi] = range(prefix)
    return { collection: db.cases.where(index).between(lo, hi), covered }
  }
  if (q.overdueBefore) {
    // Sorted by how overdue, whatever sort was asked: that is what an overdue list is for.
    return {
      collection: db.cases.where('dueDate').between('0000', q.overdueBefore, true, false),
      covered: ['overdueBefore'],
    }
  }
  if (q.status && q.disputeType)
    return by(`[status+disputeType+${s}]`, [q.status, q.disputeType], ['status', 'disputeType'])
  if (q.mediatorId && q.openOnly && s === 'updatedAt')
    return by('[mediatorId+open+updatedAt]', [q.mediatorId, 1], ['mediatorId', 'openOnly'])
  if (q.status) return by(`[status+${s}]`, [q.status], ['status'])
  if (q.disputeType) return by(`[disputeType+${s}]`, [q.disputeType], ['disputeType'])
  if (s === 'createdAt') {
    if (q.riskLevel) return by('[riskLevel+createdAt]', [q.riskLevel], ['riskLevel'])
    if (q.kind) return by('[kind+createdAt]', [q.kind], ['kind'])
    if (q.source) return by('[source+createdAt]', [q.source], ['source'])
    if (q.from || q.to) {
      return {
        collection: db.cases
          .where('createdAt')
          .between(q.from ? localDayStart(q.from) : '0000', q.to ? localDayEnd(q.to) : '9999', true, true),
        covered: ['from', 'to'],
      }
    }
  }
  return { collection: db.cases.orderBy(s), covered: [] }
}

/** What the chosen index did not answer, checked on plain fields as the cursor walks. */
function residual(q: CaseListQuery, covered: (keyof CaseListQuery)[]): ((r: CaseRow) => boolean) | null {
  const checks: ((r: CaseRow) => boolean)[] = []
  const need = (k: keyof CaseListQuery) => q[k] !== undefined && q[k] !== false && !covered.includes(k)
  if (need('kind')) checks.push((r) => r.kind === q.kind)
  if (need('sector')) checks.push((r) => r.sector === q.sector)
  if (need('status')) checks.push((r) => r.status === q.status)
  if (need('disputeType')) checks.push((r) => r.disputeType === q.disputeType)
  if (need('riskLevel')) checks.push((r) => r.riskLevel === q.riskLevel)
  if (need('mediatorId')) checks.push((r) => r.mediatorId === q.mediatorId)
  if (need('source')) checks.push((r) => r.source === q.source)
  if (need('openOnly')) checks.push((r) => r.open === 1)
  // 登记日期 from/to are the room's calendar days; createdAt is a UTC instant.
  if (need('from')) checks.push((r) => localDateOf(r.createdAt) >= (q.from as string))
  if (need('to')) checks.push((r) => localDateOf(r.createdAt) <= (q.to as string))
  return checks.length ? (r) => checks.every((c) => c(r)) : null
}

/**
 * Counting walks the whole range (Chromium's IndexedDB keeps no counts), which at 100,000 cases
 * costs more than the page itself; so totals are counted exactly up to this many, and beyond it
 * the list says "more than".
 */
export const COUNT_CAP = 500

export async function queryCaseRows(
  db: MediationDb,
  q: CaseListQuery,
): Promise<{ rows: CaseRow[]; total: number; exact: boolean }> {
  const { collection, covered } = plan(db, q)
  const keep = residual(q, covered)
  const filtered = () => (keep ? collection.clone().filter(keep) : collection.clone())
  const ordered = q.direction === 'desc' && !q.overdueBefore ? filtered().reverse() : filtered()
  const [rows, keys] = await Promise.all([
    ordered
      .offset(q.page * q.pageSize)
      .limit(q.pageSize)
      .toArray(),
    filtered()
      .limit(COUNT_CAP + 1)
      .primaryKeys(),
  ])
  return { rows, total: Math.min(keys.length, COUNT_CAP), exact: keys.length <= COUNT_CAP }
}
