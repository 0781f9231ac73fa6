/** The case list's filters, sort and page live in the URL, so Back and reload keep them. */
import type { CaseListQuery, CaseSortField } from '../../../data'
import {
  CASE_STATUSES,
  DISPUTE_TYPES,
  type CaseStatus,
  type DisputeType,
} from '../../../domain/cases/catalogues'

export const PAGE_SIZES = [20, 50, 100] as const
export const SORTS = ['created-desc', 'created-asc', 'updated-desc'] as const
export type SortKey = (typeof SORTS)[number]

const SORT_QUERY: Record<SortKey, { sortBy: CaseSortField; direction: 'asc' | 'desc' }> = {
  'created-desc': { sortBy: 'createdAt', direction: 'desc' },
  'created-asc': { sortBy: 'createdAt', direction: 'asc' },
  'updated-desc': { sortBy: 'updatedAt', direction: 'desc' },
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v)

export interface ListParams {
  /** A search replaces filters and paging: it answers from the indexes, newest first. */
  q?: string
  status?: CaseStatus
  disputeType?: DisputeType
  sort: SortKey
  page: number
  pageSize: number
}

export function readListParams(sp: URLSearchParams): ListParams {
  const page = Number(sp.get('page'))
  const size = Number(sp.get('size'))
  return {
    q: sp.get('q')?.trim() || undefined,
    status: oneOf(CASE_STATUSES, sp.get('status')),
    disputeType: oneOf(DISPUTE_TYPES, sp.get('type')),
    sort: oneOf(SORTS, sp.get('sort')) ?? 'created-desc',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.find((s) => s === size) ?? PAGE_SIZES[0],
  }
}

export function writeListParams(p: ListParams): URLSearchParams {
  const sp = new URLSearchParams()
  if (p.q) sp.set('q', p.q)
  if (p.status) sp.set('status', p.status)
  if (p.disputeType) sp.set('type', p.disputeType)
  if (p.sort !== 'created-desc') sp.set('sort', p.sort)
  if (p.page > 1) sp.set('page', String(p.page))
  if (p.pageSize !== PAGE_SIZES[0]) sp.set('size', String(p.pageSize))
  return sp
}

export function toQuery(p: ListParams): CaseListQuery {
  return {
    status: p.status,
    disputeType: p.disputeType,
    ...SORT_QUERY[p.sort],
    page: p.page - 1,
    pageSize: p.pageSize,
  }
}
