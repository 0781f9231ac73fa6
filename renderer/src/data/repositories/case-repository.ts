/**
 * The only way to stored cases. Checks the caller's permission, seals the personal part through
 * the codec, keeps blind-index tokens for search, audits every view and change, and returns domain
 * types validated with zod. Cases are numbered inside the transaction that stores them, so a
 * number is never given twice and never skipped.
 */
import { Dexie } from 'dexie'
import { z } from 'zod'
import { requirePermission, type Role } from '../../domain/auth/roles'
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
import type { Actor, AuditLog } from '../audit/audit-log'
import type { RecordCodec } from '../codec/codec'
import type { BlindIndexer } from '../crypto/blind-index'
import type { CaseRow, MediationDb } from '../schema'
import { caseTokens, planSearch } from './case-tokens'
import type { SettingsRepository } from './settings-repository'

const TABLE = 'cases'
const SEARCH_LIMIT = 200

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
  indexer: BlindIndexer
  settings: SettingsRepository
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  now?: () => Date
  newId?: () => string
}

export function createCaseRepository({
  db,
  codec,
  indexer,
  settings,
  audit,
  access,
  now = () => new Date(),
  newId = () => crypto.randomUUID(),
}: CaseRepositoryDeps) {
  const need = (p: Parameters<typeof requirePermission>[1]) => requirePermission(access.roles, p)

  async function toCase(row: CaseRow): Promise<Case> {
    const body = caseBodySchema.parse(await codec.open(TABLE, row.id, row.body))
    const { body: _sealed, tokens: _tokens, ...index } = row
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
      need('case:create')
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
      const tokens = await caseTokens(indexer, registration.parties)
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
          tokens,
          body: sealed,
        }
        await db.cases.add(newRow)
        return newRow
      })
      await audit.append(access.actor, 'case.create', { type: 'case', id }, { caseNo: row.caseNo })
      return toCase(row)
    },

    /** Opening a case is a view of personal data, and is audited. */
    async get(id: string): Promise<Case | undefined> {
      need('case:read')
      const row = await db.cases.get(id)
      if (!row) return undefined
      const c = await toCase(row)
      await audit.append(access.actor, 'case.view', { type: 'case', id }, { caseNo: row.caseNo })
      return c
    },

    async list(q: CaseListQuery): Promise<CasePage> {
      need('case:read')
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

    /**
     * Finds cases by case number (or its sequence number), party name or fragment, ID number or
     * phone, through indexes only: the case number and sequence are plain index fields, the rest
     * blind-index tokens. Newest first, at most 200.
     */
    async search(query: string): Promise<CaseSummary[]> {
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
          const c = await toCase(row)
          if (plan.matches(c.parties)) found.set(row.id, row)
        }
      }
      const rows = [...found.values()]
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, SEARCH_LIMIT)
      return Promise.all(rows.map(async (r) => summarize(await toCase(r))))
    },

    /** Re-seals bodies written before encryption existed (schema v1), adding their tokens. */
    async sealLegacyRows(): Promise<number> {
      const legacy = await db.cases.filter((r) => r.body.alg === 'none').toArray()
      const updated: CaseRow[] = []
      for (const row of legacy) {
        const body = caseBodySchema.parse(row.body.alg === 'none' ? row.body.data : null)
        updated.push({
          ...row,
          body: await codec.seal(TABLE, row.id, body),
          tokens: await caseTokens(indexer, body.parties),
        })
      }
      if (updated.length) await db.cases.bulkPut(updated)
      return updated.length
    },
  }
}

export type CaseRepository = ReturnType<typeof createCaseRepository>
