/**
 * The only way to stored cases. Checks the caller's permission, seals the personal part through
 * the codec, keeps blind-index tokens for search, audits every view and change, and returns domain
 * types validated with zod. Cases are numbered inside the transaction that stores them, so a
 * number is never given twice and never skipped. Records, workflow steps and bulk import live in
 * ./cases/.
 */
import { requirePermission, type Permission } from '../../../domain/auth/roles'
import { caseRegistrationSchema, summarize, type Case, type CaseSummary } from '../../../domain/cases/case'
import { addDays, DUE_SOON_DAYS } from '../../../domain/deadlines'
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow } from '../../../domain/shared/errors'
import type { CaseRow } from '../../schema'
import { planSearch } from './case-tokens'
import { createCaseAttachments } from './case-attachments'
import { makeDueDateOf } from './case-deadlines'
import { createCaseImport } from './case-import'
import { queryCaseRows, type CaseListQuery } from './case-query'
import { createCaseRecords } from './case-records'
import { caseBodySchema, caseToRow, indexFieldsOf, newCaseRow, recordToRow, rowToCase } from './case-rows'
import { takeCaseNumbers } from './case-numbers'
import type { CaseContext } from './context'
import { linkParties } from '../persons/person-links'

import type { CasePage, CaseRepository, DeadlineRow } from './types'

export type { CaseListQuery, CasePage, CaseRepository, CaseSortField, DeadlineRow } from './types'

const SEARCH_LIMIT = 200

export type CaseRepositoryDeps = Pick<
  CaseContext,
  'db' | 'codec' | 'indexer' | 'settings' | 'audit' | 'access'
> &
  Partial<Pick<CaseContext, 'now' | 'newId'>>

/** [first, last] day of "due soon" — today and the next DUE_SOON_DAYS - 1 days — as the deadline domain defines it. */
const dueSoonRange = (today: string): [string, string] => [
  today,
  addDays(today, DUE_SOON_DAYS - 1, 'calendar', { offDays: [], workingWeekends: [] }),
]

export function createCaseRepository(deps: CaseRepositoryDeps): CaseRepository {
  const { db, codec, indexer, settings, audit, access } = deps
  const now = deps.now ?? (() => new Date())
  const ctx: CaseContext = {
    ...deps,
    now,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    need: (p: Permission) => requirePermission(access.roles, p),
    dueDateOf: makeDueDateOf(settings, now),
  }
  const { need } = ctx
  const toCase = (row: CaseRow) => rowToCase(codec, row)
  const summaries = (rows: CaseRow[]) => Promise.all(rows.map(async (r) => summarize(await toCase(r))))
  const records = createCaseRecords(ctx)

  return {
    async register(input): Promise<Case> {
      need('case:create')
      const { courtReferral: referral, ...registration } = parseOrThrow(caseRegistrationSchema, input)
      const numbering = await settings.getNumbering()
      const id = ctx.newId()
      const at = now()
      const timestamp = at.toISOString()
      // Each party becomes (or is linked to) a person record, written with the case.
      const links = await linkParties(ctx, registration.parties, timestamp)
      // Sealing is asynchronous crypto, so it happens before the transaction opens: an IndexedDB
      // transaction commits by itself as soon as it waits on anything that is not IndexedDB.
      const draft = await newCaseRow(ctx, {
        ...registration,
        id,
        sector: registration.kind === 'administrative' ? registration.sector : null,
        status: 'registered',
        outcome: null,
        riskLevel: null,
        events: { registered: todayIso(at), ...(referral ? { 'court-referred': referral.referredAt } : {}) },
        judicialConfirmationApplied: false,
        createdAt: timestamp,
        updatedAt: timestamp,
        personIds: links.personIds,
        parties: links.parties,
      })
      const referralId = ctx.newId()
      const referralRow = referral
        ? await recordToRow(codec, {
            id: referralId,
            caseId: id,
            kind: 'court-referral',
            createdAt: timestamp,
            createdBy: access.actor.id,
            data: referral,
          })
        : null
      const row = await db.transaction('rw', db.cases, db.counters, db.records, db.persons, async () => {
        const [number] = await takeCaseNumbers(db, numbering, [draft.year])
        const newRow: CaseRow = { ...draft, ...number }
        await db.cases.add(newRow)
        await db.persons.bulkAdd(links.newRows)
        if (referralRow) await db.records.add(referralRow)
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
      const { rows, total, exact } = await queryCaseRows(db, q)
      return { items: await summaries(rows), total, exact }
    },

    /**
     * Finds cases by case number (or its sequence number), party name or fragment, ID number,
     * phone, or words of the facts — through indexes only: the case number and sequence are plain
     * index fields, the rest blind-index tokens. Newest first, at most 200.
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
          if (plan.matches(await toCase(row))) found.set(row.id, row)
        }
      }
      const rows = [...found.values()]
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, SEARCH_LIMIT)
      return summaries(rows)
    },

    /**
     * Cases past their nearest running deadline, and those due within three days (today included).
     * `dueDate` holds only deadlines that still run — a closed case keeps its 司法确认 clock — so the
     * plain `dueDate` index answers both.
     */
    async listDeadlines(today: string): Promise<{ overdue: DeadlineRow[]; dueSoon: DeadlineRow[] }> {
      need('case:read')
      const [overdue, dueSoon] = await Promise.all([
        db.cases.where('dueDate').between('0000', today, true, false).toArray(),
        db.cases
          .where('dueDate')
          .between(...dueSoonRange(today), true, true)
          .toArray(),
      ])
      return { overdue: await summaries(overdue), dueSoon: await summaries(dueSoon) }
    },

    async deadlineCounts(today: string): Promise<{ overdue: number; dueSoon: number }> {
      need('case:read')
      const [overdue, dueSoon] = await Promise.all([
        db.cases.where('dueDate').between('0000', today, true, false).count(),
        db.cases
          .where('dueDate')
          .between(...dueSoonRange(today), true, true)
          .count(),
      ])
      return { overdue, dueSoon }
    },

    /** After the administrator changes rules or the calendar: every stored due date again. */
    async recomputeDueDates(): Promise<number> {
      let changed = 0
      const rows = await db.cases.toArray()
      const updates: { key: string; changes: Partial<CaseRow> }[] = []
      for (const row of rows) {
        const dueDate = await ctx.dueDateOf(row)
        if (dueDate !== row.dueDate) updates.push({ key: row.id, changes: { dueDate } })
      }
      for (let i = 0; i < updates.length; i += 2000) {
        changed += await db.cases.bulkUpdate(updates.slice(i, i + 2000))
      }
      return changed
    },

    records: records.records,
    addRecord: records.addRecord,
    transitions: records.transitions,
    transition: records.transition,
    importDrafts: createCaseImport(ctx),
    ...createCaseAttachments(ctx),

    /** Re-seals bodies written before encryption existed (schema v1), adding their tokens. */
    async sealLegacyRows(): Promise<number> {
      const legacy = await db.cases.filter((r) => r.body.alg === 'none').toArray()
      const updated: CaseRow[] = []
      for (const row of legacy) {
        const body = caseBodySchema.parse(row.body.alg === 'none' ? row.body.data : null)
        updated.push(await caseToRow(ctx, { ...indexFieldsOf(row), ...body }))
      }
      if (updated.length) await db.cases.bulkPut(updated)
      return updated.length
    },
  }
}
