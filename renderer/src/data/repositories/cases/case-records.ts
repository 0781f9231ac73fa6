/**
 * Records and workflow steps on a case. A record is checked against what the case allows now and
 * what it must say given the case (domain/workflow/record-rules.ts), validated with its kind's
 * schema and sealed whole; then the case's plain facts are derived again from all its records
 * (domain/cases/record-facts.ts). A step is checked against the kind's workflow, the records it
 * needs and what must hold of the case, and leaves a sealed transition record saying who, when
 * and why.
 */
import type { CaseEvents } from '../../../domain/cases/case'
import { isOpen } from '../../../domain/cases/catalogues'
import { performanceOf } from '../../../domain/cases/record-facts'
import {
  parseRecord,
  type CaseRecord,
  type RecordInput,
  type RecordKind,
  type RecordMeta,
} from '../../../domain/cases/records'
import { todayIso } from '../../../domain/shared/dates'
import { ValidationError } from '../../../domain/shared/errors'
import { MSG } from '../../../domain/shared/messages'
import { recordIssues, recordRefusal, type RecordContext } from '../../../domain/workflow/record-rules'
import {
  availableTransitions,
  checkTransition,
  type Action,
  type AvailableTransition,
  type TransitionContext,
} from '../../../domain/workflow/workflows'
import type { CaseRow } from '../../schema'
import type { AuditEntry } from '../../../domain/audit/actions'
import { CommitConflict } from '../../audit/audit-log'
import { factsFromRecords, openRecordsOf } from './case-facts'
import { openCaseBody, recordToRow, rowFactsOf, rowToRecord } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

/** How a record moves the case's plain fields beyond the facts its records give. */
function applyRecord(record: CaseRecord): Partial<CaseRow> {
  switch (record.kind) {
    case 'risk':
      return { riskLevel: record.data.level }
    case 'mediator-change':
      return { mediatorId: record.data.toUserId }
    default:
      return {}
  }
}

/** The events a step writes: 受理, 达成协议, and a reopening after 驳回 (which clears the agreement's). */
function stepEvents(action: Action, events: CaseEvents, today: string): CaseEvents {
  switch (action) {
    case 'accept':
      return { ...events, accepted: today }
    case 'agree':
      return { ...events, agreed: today }
    case 'remediate': {
      const { agreed: _agreed, 'agreement-effective': _effective, ...rest } = events
      return { ...rest, reopened: today }
    }
    default:
      return events
  }
}

const OUTCOME_OF: Partial<Record<string, CaseRow['outcome']>> = {
  agreed: 'agreed',
  terminated: 'terminated',
  rejected: 'rejected',
}

export function createCaseRecords(
  ctx: CaseContext,
): Pick<CaseRepository, 'records' | 'addRecord' | 'transitions' | 'transition'> {
  const { db, codec, audit, access, now, newId } = ctx

  async function mustGetRow(caseId: string): Promise<CaseRow> {
    const row = await db.cases.get(caseId)
    if (!row) throw new ValidationError([{ path: 'caseId', message: MSG.required }])
    return row
  }

  async function recordCounts(caseId: string): Promise<Partial<Record<RecordKind, number>>> {
    const counts: Partial<Record<RecordKind, number>> = {}
    await db.records
      .where('[caseId+createdAt]')
      .between([caseId, ''], [caseId, '\uffff'])
      .each((r) => {
        counts[r.kind] = (counts[r.kind] ?? 0) + 1
      })
    return counts
  }

  async function transitionContext(row: CaseRow): Promise<TransitionContext> {
    const facts = rowFactsOf(row)
    return {
      kind: row.kind,
      sector: row.sector,
      status: row.status,
      records: await recordCounts(row.id),
      state: { performance: performanceOf(facts.terms), confirmation: facts.confirmation },
    }
  }

  /** A new record's id, case, time and author. */
  const metaOf = (caseId: string, at: string): RecordMeta => ({
    id: newId(),
    caseId,
    createdAt: at,
    createdBy: access.actor.id,
  })

  /**
   * One change to a case — new records, new plain fields, its facts derived again from all its
   * records, the due date recomputed, and the entry that says so — in one transaction. `make` reads
   * the case as it is and may refuse; if the case changes meanwhile (another window), it runs again
   * on the newer case.
   */
  async function changeCase(
    caseId: string,
    at: string,
    make: (row: CaseRow) => Promise<{
      changes: Partial<CaseRow>
      records: CaseRecord[]
      details: AuditEntry['details']
    }>,
  ): Promise<void> {
    await audit.commit([db.cases, db.records], async () => {
      const row = await mustGetRow(caseId)
      const { changes, records, details } = await make(row)
      const merged = { ...row, ...changes }
      const all = [...(await openRecordsOf(db, codec, row.id)), ...records]
      const next: CaseRow = { ...merged, ...factsFromRecords(merged.events, all), updatedAt: at }
      next.dueDate = await ctx.dueDateOf(next)
      const rows = await Promise.all(records.map((r) => recordToRow(codec, r)))
      return {
        entry: { actor: access.actor, action: 'case.update', target: { type: 'case', id: caseId }, details },
        write: async () => {
          if ((await db.cases.get(caseId))?.updatedAt !== row.updatedAt) throw new CommitConflict()
          await db.records.bulkAdd(rows)
          await db.cases.put(next)
        },
      }
    })
  }

  const requireUpdate = () => ctx.need('case:update')

  async function recordContext(row: CaseRow, kind: RecordKind): Promise<RecordContext> {
    const facts = rowFactsOf(row)
    const parties = kind === 'extension' ? (await openCaseBody(codec, row)).parties : []
    return {
      ...(kind === 'co-mediators'
        ? { mediatorId: row.mediatorId, activeMediatorIds: await ctx.activeMediatorIds() }
        : {}),
      kind: row.kind,
      sector: row.sector,
      status: row.status,
      events: row.events,
      agreementForm: facts.agreementForm,
      confirmation: facts.confirmation,
      parties: parties.map((p) => ({ id: p.id, role: p.role })),
    }
  }

  return {
    async addRecord<K extends RecordKind>(
      caseId: string,
      kind: K,
      input: RecordInput<K>,
    ): Promise<CaseRecord<K>> {
      requireUpdate()
      const row = await mustGetRow(caseId)
      const context = await recordContext(row, kind)
      // Transition records are written by `transition` only; others only where the case allows them.
      const refusal = recordRefusal(kind, context)
      if (refusal) throw new ValidationError([{ path: 'kind', message: refusal }])
      const at = now().toISOString()
      const record = parseRecord(metaOf(caseId, at), kind, input)
      const issues = recordIssues(kind, record.data, context)
      if (issues.length) throw new ValidationError(issues)
      await changeCase(caseId, at, async () => ({
        changes: applyRecord(record),
        records: [record],
        details: { record: kind },
      }))
      return record
    },

    async records(caseId: string): Promise<CaseRecord[]> {
      ctx.need('case:read')
      const rows = await db.records
        .where('[caseId+createdAt]')
        .between([caseId, ''], [caseId, '\uffff'])
        .toArray()
      return Promise.all(rows.map((r) => rowToRecord(codec, r)))
    },

    async transitions(caseId: string): Promise<AvailableTransition[]> {
      ctx.need('case:read')
      return availableTransitions(await transitionContext(await mustGetRow(caseId)))
    },

    async transition(caseId: string, action: Action, reason = ''): Promise<void> {
      requireUpdate()
      const at = now().toISOString()
      await changeCase(caseId, at, async (row) => {
        const check = checkTransition(await transitionContext(row), action, reason)
        if (!check.ok) {
          const message =
            check.problem === 'reason-required'
              ? MSG.required
              : check.problem === 'records-missing'
                ? MSG.recordsMissing
                : check.problem === 'condition-unmet'
                  ? MSG.conditionUnmet
                  : MSG.transitionNotAllowed
          throw new ValidationError([
            { path: check.problem === 'reason-required' ? 'reason' : 'action', message },
          ])
        }
        const to = check.to
        const outcome = action === 'remediate' ? null : (OUTCOME_OF[to] ?? row.outcome)
        const events = stepEvents(action, row.events, todayIso(now()))
        return {
          changes: { status: to, outcome, events, open: isOpen(to) ? 1 : 0 },
          records: [
            {
              ...metaOf(caseId, at),
              kind: 'transition',
              data: { action, from: row.status, to, reason: reason.trim(), byName: access.actor.username },
            },
          ],
          details: { action, to },
        }
      })
    },
  }
}
