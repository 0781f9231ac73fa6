/** Between stored rows and domain cases: the sealed body, and reading a row back. */
import { z } from 'zod'
import { caseSchema, type Case } from '../../../domain/cases/case'
import { partySchema } from '../../../domain/cases/party'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow } from '../../schema'

export const CASES = 'cases'
export const RECORDS = 'records'

/** The sealed part of a case: everything that could identify or describe a person. */
export const caseBodySchema = z.object({
  facts: z.string(),
  requests: z.string(),
  parties: z.array(partySchema),
})
export type CaseBody = z.output<typeof caseBodySchema>

export async function rowToCase(codec: RecordCodec, row: CaseRow): Promise<Case> {
  const body = caseBodySchema.parse(await codec.open(CASES, row.id, row.body))
  const { body: _sealed, tokens: _tokens, open: _open, riskLevel, ...index } = row
  return caseSchema.parse({ ...index, riskLevel: riskLevel || null, ...body })
}
