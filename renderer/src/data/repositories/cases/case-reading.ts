/**
 * Reading cases: one case (a view of personal data, audited), a page of the list (one index range,
 * see case-query.ts), and search — through indexes only: the case number and sequence are plain
 * index fields, names, ID numbers, phones and words of the facts blind-index tokens; candidates are
 * decrypted only to confirm.
 */
import type { CaseRow } from '../../schema'
import { queryCaseRows } from './case-query'
import { rowsToSummaries, rowToCase } from './case-rows'
import { planSearch } from './case-tokens'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

/** Search answers at most this many cases (newest first), and reads at most this many per token. */
const SEARCH_LIMIT = 200

export function createCaseReading(ctx: CaseContext): Pick<CaseRepository, 'get' | 'list' | 'search'> {
  const { db, codec, indexer, audit, access, need } = ctx

  return {
    async get(id) {
      need('case:read')
      const row = await db.cases.get(id)
      if (!row) return undefined
      const c = await rowToCase(codec, row)
      await audit.append(access.actor, 'case.view', { type: 'case', id }, { caseNo: row.caseNo })
      return c
    },

    async list(q) {
      need('case:read')
      const { rows, total, exact } = await queryCaseRows(db, q)
      return { items: await rowsToSummaries(codec, rows), total, exact }
    },

    async search(query) {
      need('case:read')
      const q = query.trim()
      if (!q) return []
      const found = new Map<string, CaseRow>()
      for (const row of await db.cases.where('caseNo').equals(q).toArray()) found.set(row.id, row)
      if (/^\d{1,6}$/.test(q)) {
        for (const row of await db.cases.where('seq').equals(Number(q)).toArray()) found.set(row.id, row)
      }
      for (const plan of await planSearch(indexer, q)) {
        const [first, ...rest] = plan.tokens
        if (!first) continue
        const rows = await db.cases
          .where('tokens')
          .equals(first)
          .filter((r) => rest.every((t) => r.tokens?.includes(t)))
          .limit(SEARCH_LIMIT)
          .toArray()
        for (const row of rows) {
          if (found.has(row.id)) continue
          if (plan.matches(await rowToCase(codec, row))) found.set(row.id, row)
        }
      }
      const rows = [...found.values()]
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, SEARCH_LIMIT)
      return rowsToSummaries(codec, rows)
    },
  }
}
