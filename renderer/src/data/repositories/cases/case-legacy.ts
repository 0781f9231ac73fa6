/**
 * Cases stored before encryption existed (schema v1) have plaintext bodies and no tokens. They are
 * sealed once, at setup, through caseToRow like any other case. (Their parties are linked to
 * persons later, with every other older case: persons/legacy-links.ts.) Cases and persons whose
 * tokens are in an older layout are laid out again after login: search-index/relayout.ts.
 */
import type { CaseRow } from '../../schema'
import { relayoutTokensBatch } from '../search-index/relayout'
import { caseBodySchema, caseToRow, indexFieldsOf } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

export function createCaseLegacy(
  ctx: CaseContext,
): Pick<CaseRepository, 'sealLegacyRows' | 'relayoutTokens'> {
  const { db } = ctx

  return {
    async sealLegacyRows() {
      const legacy = await db.cases.filter((r) => r.body.alg === 'none').toArray()
      const updated: CaseRow[] = []
      for (const row of legacy) {
        const body = caseBodySchema.parse(row.body.alg === 'none' ? row.body.data : null)
        updated.push(await caseToRow(ctx, { ...indexFieldsOf(row), ...body }))
      }
      if (updated.length) await db.cases.bulkPut(updated)
      return updated.length
    },

    relayoutTokens(batchSize) {
      return relayoutTokensBatch(ctx, batchSize)
    },
  }
}
