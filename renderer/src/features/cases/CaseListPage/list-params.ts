/**
 * The case list's view, filters, sort and page live in the URL, so Back and reload keep them. The
 * search text does not: it is personal data (see search-memory.ts).
 */
import type { CaseListQuery, CaseSortField } from '../../../data'
import {
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  RISK_LEVELS,
  type CaseSource,
  type CaseStatus,
  type DisputeType,
  type MediationKind,
  type RiskLevel,
} from '../../../domain/cases/catalogues'
import { isIsoDate } from '../../../domain/shared/dates'

export const PAGE_SIZES = [20, 50, 100] as const
export const SORTS = ['created-desc', 'created-asc', 'updated-desc'] as const
export type SortKey = (typeof SORTS)[number]
/** 我的在办 (a mediator's home), 全部, 已逾期 */
export const VIEWS = ['mine', 'all', 'overdue'] as const
export type View = (typeof VIEWS)[number]

const SORT_QUERY: Record<SortKey, { sortBy: CaseSortField; direction: 'asc' | 'desc' }> = {
  'created-desc': { sortBy: 'createdAt', direction: 'desc' },
  'created-asc': { sortBy: 'createdAt', direction: 'asc' },
  'updated-desc': { sortBy: 'updatedAt', direction: 'desc' },
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v)
const date = (v: string | null) => (v && isIsoDate(v) ? v : undefined)

export interface ListParams {
  /** A search replaces filters and paging: it answers from the indexes, newest first. */
  q?: string
  view: View
  kind?: MediationKind
  status?: CaseStatus
  disputeType?: DisputeType
  riskLevel?: RiskLevel
  source?: CaseSource
  mediatorId?: string
  from?: string
  to?: string
  sort: SortKey
  page: number
  pageSize: number
}

export function readListParams(sp: URLSearchParams, q: string | undefined, defaultView: View): ListParams {
  const page = Number(sp.get('page'))
  const size = Number(sp.get('size'))
  return {
    q,
    view: oneOf(VIEWS, sp.get('view')) ?? defaultView,
    kind: oneOf(MEDIATION_KINDS, sp.get('kind')),
    status: oneOf(CASE_STATUSES, sp.get('status')),
    disputeType: oneOf(DISPUTE_TYPES, sp.get('type')),
    riskLevel: oneOf(RISK_LEVELS, sp.get('risk')),
    source: oneOf(CASE_SOURCES, sp.get('source')),
    mediatorId: sp.get('mediator') || undefined,
    from: date(sp.get('from')),
    to: date(sp.get('to')),
    sort: oneOf(SORTS, sp.get('sort')) ?? 'created-desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? PAGE_SIZES[0],
  }
}

export function writeListParams(p: ListParams): URLSearchParams {
  const sp = new URLSearchParams()
  const set = (k: string, v: string | undefined) => v && sp.set(k, v)
  sp.set('view', p.view)
  set('kind', p.kind)
  set('status', p.status)
  set('type', p.disputeType)
  set('risk', p.riskLevel)
  set('source', p.source)
  set('mediator', p.mediatorId)
  set('from', p.from)
  set('to', p.to)
  if (p.sort !== 'created-desc') sp.set('sort', p.sort)
  if (p.page > 1) sp.set('page', String(p.page))
  if (p.pageSize !== PAGE_SIZES[0]) sp.set('size', String(p.pageSize))
  return sp
}

export function toQuery(p: ListParams, ctx: { userId: string; today: string }): CaseListQuery {
  const mine = p.view === 'mine'
  return {
    kind: p.kind,
    status: p.status,
    disputeType: p.disputeType,
    riskLevel: p.riskLevel,
    source: p.source,
    from: p.from,
    to: p.to,
    mediatorId: mine ? ctx.userId : p.mediatorId,
    openOnly: mine || undefined,
    overdueBefore: p.view === 'overdue' ? ctx.today : undefined,
    // My open cases: the ones touched last come first.
    ...(mine && p.sort === 'created-desc' ? SORT_QUERY['updated-desc'] : SORT_QUERY[p.sort]),
    page: p.page - 1,
    pageSize: p.pageSize,
  }
}
