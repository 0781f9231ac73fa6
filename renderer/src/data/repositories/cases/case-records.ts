/**
 * Records and workflow steps on a case. A record is validated with its kind's schema and sealed
 * whole; a few kinds also move plain fields of the case (risk level, mediator, deadline events).
 * A step is checked against the kind's workflow and the records it needs, and leaves a sealed
 * transition record saying who, when and why.
 */
import {
  parseRecord,
  type CaseRecord,
  type RecordInput,
  type RecordKind,
  type RecordMeta,
} from '../../../domain/cases/records'
import { isOpen } from '../../../domain/cases/catalogues'
import { todayIso } from '../../../domain/shared/dates'
import { ValidationError } from '../../../domain/shared/errors'
import { MSG } from '../../../domain/shared/messages'
import {
  availableTransitions,
  checkTransition,
  type Action,
  type AvailableTransition,
} from '../../../domain/workflow/workflows'
import type { CaseRow } from '../../schema'
import { CommitConflict } from '../../audit/audit-log'
import type { AuditEntry } from '../../../domain/audit/actions'

type AuditDetails = AuditEntry['details']
import { recordToRow, rowToRecord } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

/** How a record moves the case's plain fields. */
function applyRecord(row: CaseRow, record: CaseRecord): Partial<CaseRow> {
  switch (record.kind) {
    case 'risk':
      return { riskLevel: record.data.level }
    case 'mediator-change':
      return { mediatorId: record.data.toUserId }
    case 'extension':
      return { extensionDays: row.extensionDays + record.data.days }
    case 'agreement':
      return { events: { ...row.events, 'agreement-effective': record.data.effectiveDate } }
    case 'court-referral':
      return { events: { ...row.events, 'court-referred': record.data.referredAt } }
    case 'judicial-confirmation':
      return { judicialConfirmationApplied: true }
    default:
      return {}
  }
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

  /** A new record's id, case, time and author. */
  const metaOf = (caseId: string, at: string): RecordMeta => ({
    id: newId(),
    caseId,
    createdAt: at,
    createdBy: access.actor.id,
  })

  /**
   * One change to a case — new records, new plain fields (the due date recomputed), the entry that
   * says so — in one transaction. `make` reads the case as it is and may refuse; if the case
   * changes meanwhile (another window), it runs again on the newer case.
   */
  async function changeCase(
    caseId: string,
    at: string,
    make: (
      row: CaseRow,
    ) => Promise<{ changes: Partial<CaseRow>; records: CaseRecord[]; details: AuditDetails }>,
  ): Promise<void> {
    await audit.commit([db.cases, db.records], async () => {
      const row = await mustGetRow(caseId)
      const { changes, records, details } = await make(row)
      const next = { ...row, ...changes, updatedAt: at }
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

  return {
    async addRecord<K extends RecordKind>(
      caseId: string,
      kind: K,
      input: RecordInput<K>,
    ): Promise<CaseRecord<K>> {
      requireUpdate()
      // Transition records are written by `transition` only.
      if (kind === 'transition')
        throw new ValidationError([{ path: 'kind', message: MSG.transitionNotAllowed }])
      const at = now().toISOString()
      const record = parseRecord(metaOf(caseId, at), kind, input)
      await changeCase(caseId, at, async (row) => ({
        changes: applyRecord(row, record),
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
      const row = await mustGetRow(caseId)
      return availableTransitions({
        kind: row.kind,
        sector: row.sector,
        status: row.status,
        records: await recordCounts(caseId),
      })
    },

    async transition(caseId: string, action: Action, reason = ''): Promise<void> {
      requireUpdate()
      const at = now().toISOString()
      await changeCase(caseId, at, async (row) => {
        const check = checkTransition(
          { kind: row.kind, sector: row.sector, status: row.status, records: await recordCounts(caseId) },
          action,
          reason,
        )
        if (!check.ok) {
          const message =
            check.problem === 'reason-required'
              ? MSG.required
              : check.problem === 'records-missing'
                ? MSG.recordsMissing
                : MSG.transitionNotAllowed
          throw new ValidationError([
            { path: check.problem === 'reason-required' ? 'reason' : 'action', message },
          ])
        }
        const to = check.to
        const outcome = to === 'agreed' || to === 'terminated' || to === 'rejected' ? to : row.outcome
        const events = action === 'accept' ? { ...row.events, accepted: todayIso(now()) } : row.events
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
