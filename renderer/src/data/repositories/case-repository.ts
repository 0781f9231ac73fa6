/**
 * The only way to stored cases. Returns domain types validated with zod; seals the personal part
 * through the codec; numbers cases inside the same transaction that stores them, so a number is
 * never given twice and never skipped.
 */
import { Dexie } from 'dexie'
import { z } from 'zod'
import {
  caseRegistrationSchema,
  caseSchema,
  summarize,
  type Case,
  type CaseSummary,
} from '../../domain/cases/case'
import type { CaseStatus, DisputeType } from '../../domain/cases/catalogues'
import { partySchema } from '../../domain/cases/party'
import { formatCaseNumber } from '../../domain/numbering/case-number'
import { parseOrThrow } from '../../domain/shared/errors'
import type { RecordCodec } from '../codec/codec'
import type { CaseRow, MediationDb } from '../schema'
import type { SettingsRepository } from './settings-repository'

const TABLE = 'cases'

/** The sealed part of a case: everything that could identify or describe a person. */
const caseBodySchema = z.object({
  facts: z.string(),
  requests: z.string(),
  parties: z.array(partySchema),
})
type CaseBody = z.output<typeof caseBodySchema>

export type CaseSortField = 'createdAt' | 'updatedAt'

export interface CaseListQuery {
  status?: CaseStatus
  disputeType?: DisputeType
  sortBy: CaseSortField
  direction: 'asc' | 'desc'
  page: number
  pageSize: number
}

export interface CasePage {
  items: CaseSummary[]
  total: number
}

export interface CaseRepositoryDeps {
  db: MediationDb
  codec: RecordCodec
  settings: SettingsRepository
  now?: () => Date
  newId?: () => string
}

export function createCaseRepository({
  db,
  codec,
  settings,
  now = () => new Date(),
  newId = () => crypto.randomUUID(),
}: CaseRepositoryDeps) {
  async function toCase(row: CaseRow): Promise<Case> {
    const body = caseBodySchema.parse(await codec.open(TABLE, row.id, row.body))
    const { body: _sealed, ...index } = row
    return caseSchema.parse({ ...index, ...body })
  }

  /** Picks the compound index that answers the filters and the sort in one ordered range. */
  function collection(q: CaseListQuery) {
    const s = q.sortBy
    if (q.status && q.disputeType) {
      return db.cases
        .where(`[status+disputeType+${s}]`)
        .between([q.status, q.disputeType, Dexie.minKey], [q.status, q.disputeType, Dexie.maxKey])
    }
    if (q.status) {
      return db.cases.where(`[status+${s}]`).between([q.status, Dexie.minKey], [q.status, Dexie.maxKey])
    }
    if (q.disputeType) {
      return db.cases
        .where(`[disputeType+${s}]`)
        .between([q.disputeType, Dexie.minKey], [q.disputeType, Dexie.maxKey])
    }
    return db.cases.orderBy(s)
  }

  return {
    async register(input: unknown): Promise<Case> {
      const registration = parseOrThrow(caseRegistrationSchema, input)
      const numbering = await settings.getNumbering()
      const id = newId()
      const at = now()
      const timestamp = at.toISOString()
      const body: CaseBody = {
        facts: registration.facts,
        requests: registration.requests,
        parties: registration.parties,
      }
      // Sealing is asynchronous crypto, so it happens before the transaction opens: an IndexedDB
      // transaction commits by itself as soon as it waits on anything that is not IndexedDB.
      const sealed = await codec.seal(TABLE, id, body)
      const year = at.getFullYear()
      const row = await db.transaction('rw', db.cases, db.counters, async () => {
        const key = `case-seq:${year}`
        const seq = ((await db.counters.get(key))?.value ?? 0) + 1
        await db.counters.put({ key, value: seq })
        const caseNo = formatCaseNumber(numbering.pattern, { year, seq, org: numbering.orgShortName })
        const newRow: CaseRow = {
          id,
          caseNo,
          year,
          seq,
          kind: registration.kind,
          status: 'registered',
          disputeType: registration.disputeType,
          source: registration.source,
          createdAt: timestamp,
          updatedAt: timestamp,
          body: sealed,
        }
        await db.cases.add(newRow)
        return newRow
      })
      return toCase(row)
    },

    async get(id: string): Promise<Case | undefined> {
      const row = await db.cases.get(id)
      return row ? toCase(row) : undefined
    },

    async list(q: CaseListQuery): Promise<CasePage> {
      const base = collection(q)
      const ordered = q.direction === 'desc' ? base.reverse() : base
      const [rows, total] = await Promise.all([
        ordered
          .offset(q.page * q.pageSize)
          .limit(q.pageSize)
          .toArray(),
        collection(q).count(),
      ])
      const items = await Promise.all(rows.map(async (r) => summarize(await toCase(r))))
      return { items, total }
    },
  }
}

export type CaseRepository = ReturnType<typeof createCaseRepository>
