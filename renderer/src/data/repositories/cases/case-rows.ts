/**
 * Between stored rows and domain cases, the one place that says how a case is stored: which fields
 * stay plain, what is sealed (facts, requests, parties), which blind-index tokens it carries, and
 * `open` from its status. Every writer of a case row goes through caseToRow (registration and bulk
 * import by way of newCaseRow, sealing v1 rows, linking parties to persons); every reader through
 * rowToCase. Records of a case likewise through recordToRow and rowToRecord.
 */
import { z } from 'zod'
import {
  caseSchema,
  summarize,
  type Case,
  type CaseFacts,
  type CaseSummary,
} from '../../../domain/cases/case'
import { isOpen } from '../../../domain/cases/catalogues'
import { partySchema } from '../../../domain/cases/party'
import { readStoredRecord, type CaseRecord } from '../../../domain/cases/records'
import type { RecordCodec } from '../../codec/codec'
import type { BlindIndexer } from '../../crypto/blind-index'
import type { CaseRow, RecordRow } from '../../schema'
import type { RowFacts } from './case-facts'
import { caseTokens } from './case-tokens'
import type { CaseContext } from './context'

export const CASES = 'cases'
export const RECORDS = 'records'

/** The sealed part of a case: everything that could identify or describe a person. */
export const caseBodySchema = z.object({
  facts: z.string(),
  requests: z.string(),
  parties: z.array(partySchema),
})
export type CaseBody = z.output<typeof caseBodySchema>

/** A case row's plain fields: everything but what caseToRow derives (open, tokens, sealed body). */
export type CaseIndexFields = Omit<CaseRow, 'open' | 'tokens' | 'body'>

/** A case in the clear, as caseToRow stores it: the plain fields and the body. */
export type CaseRowInput = CaseIndexFields & CaseBody

export async function caseToRow(
  ports: { codec: RecordCodec; indexer: BlindIndexer },
  c: CaseRowInput,
): Promise<CaseRow> {
  const { facts, requests, parties, ...index } = c
  const body: CaseBody = { facts, requests, parties }
  return {
    ...index,
    partyCount: parties.length,
    open: isOpen(c.status) ? 1 : 0,
    tokens: await caseTokens(ports.indexer, c.id, parties, facts),
    body: await ports.codec.seal(CASES, c.id, body),
  }
}

/** How a new case (registered here, or imported whole) starts: what differs from case to case. */
export interface NewCase extends CaseBody {
  id: string
  kind: CaseRow['kind']
  sector: CaseRow['sector']
  status: CaseRow['status']
  outcome: CaseRow['outcome']
  source: CaseRow['source']
  disputeType: CaseRow['disputeType']
  riskLevel: Exclude<CaseRow['riskLevel'], ''> | null
  /** What its records give (case-facts.ts), with its events. */
  derived: RowFacts
  disputeSubtype?: string
  createdAt: string
  updatedAt: string
  personIds?: string[]
  /** The issuing body (numbering is per body); the committee when not given. */
  issuerId?: string
}

/**
 * A new case's row, before it is numbered (in the transaction that stores it): handled by the
 * user who enters it, no extension yet, its year that of its registration, and its due date from
 * the administrator's rules.
 */
export async function newCaseRow(
  ctx: Pick<CaseContext, 'codec' | 'indexer' | 'access' | 'dueDateOf'>,
  c: NewCase,
): Promise<CaseRow> {
  const row = await caseToRow(ctx, {
    id: c.id,
    caseNo: '',
    year: new Date(c.createdAt).getFullYear(),
    seq: 0,
    kind: c.kind,
    sector: c.sector,
    issuerId: c.issuerId ?? 'committee',
    status: c.status,
    outcome: c.outcome,
    source: c.source,
    disputeType: c.disputeType,
    riskLevel: c.riskLevel ?? '',
    mediatorId: ctx.access.actor.id,
    disputeSubtype: c.disputeSubtype ?? '',
    ...c.derived,
    dueDate: '',
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...(c.personIds ? { personIds: c.personIds } : {}),
    facts: c.facts,
    requests: c.requests,
    parties: c.parties,
  })
  row.dueDate = await ctx.dueDateOf(row)
  return row
}

/**
 * A row's plain facts, with the defaults of a row stored before they existed (until the walk after
 * login fills them from its records): its 司法确认 state then follows the older flag.
 */
export function rowFactsOf(row: CaseRow): CaseFacts {
  return {
    agreementForm: row.agreementForm ?? null,
    confirmation: row.confirmation ?? (row.judicialConfirmationApplied ? 'applied' : 'none'),
    procedure: row.procedure ?? null,
    courtDeadline: row.courtDeadline ?? '',
    terms: row.terms ?? [],
    closure: row.closure ?? null,
    massPersons: row.massPersons ?? 0,
    coMediatorIds: row.coMediatorIds ?? [],
  }
}

/** The plain fields of a stored row, to store it again with another body. */
export function indexFieldsOf(row: CaseRow): CaseIndexFields {
  const { open: _open, tokens: _tokens, body: _body, ...index } = row
  return index
}

export async function openCaseBody(codec: RecordCodec, row: CaseRow): Promise<CaseBody> {
  return caseBodySchema.parse(await codec.open(CASES, row.id, row.body))
}

export async function rowToCase(codec: RecordCodec, row: CaseRow): Promise<Case> {
  const body = await openCaseBody(codec, row)
  const { riskLevel, factsVersion: _version, ...index } = indexFieldsOf(row)
  return caseSchema.parse({ ...index, ...rowFactsOf(row), riskLevel: riskLevel || null, ...body })
}

/** Rows as case-list entries (lists, search, deadlines, a person's cases, statistics drill-downs). */
export function rowsToSummaries(codec: RecordCodec, rows: CaseRow[]): Promise<CaseSummary[]> {
  return Promise.all(rows.map(async (r) => summarize(await rowToCase(codec, r))))
}

/** A record of a case, sealed whole under (records, id); only case, kind, time and author stay plain. */
export async function recordToRow(
  codec: RecordCodec,
  r: Omit<RecordRow, 'body'> & { data: unknown },
): Promise<RecordRow> {
  const { data, ...plain } = r
  return { ...plain, body: await codec.seal(RECORDS, r.id, data) }
}

/** A stored record read back and checked with its kind's schema. */
export async function rowToRecord(codec: RecordCodec, r: RecordRow): Promise<CaseRecord> {
  const { id, caseId, createdAt, createdBy } = r
  return readStoredRecord(
    { id, caseId, createdAt, createdBy },
    r.kind,
    await codec.open(RECORDS, r.id, r.body),
  )
}
