/**
 * Many whole cases at once (demo data, benchmarks): validated like any input, sealed, numbered in
 * one transaction per call, with one audit entry for the batch rather than one per case.
 */
import { PermissionError, can } from '../../../domain/auth/roles'
import { isOpen } from '../../../domain/cases/catalogues'
import type { CaseDraft } from '../../../domain/cases/draft'
import { partySchema } from '../../../domain/cases/party'
import { parseRecord } from '../../../domain/cases/records'
import { formatCaseNumber } from '../../../domain/numbering/case-number'
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow } from '../../../domain/shared/errors'
import { z } from 'zod'
import type { CaseRow, RecordRow } from '../../schema'
import { caseTokens } from './case-tokens'
import { LEGACY_LINKING_KEY } from '../persons/legacy-links'
import { CASES, RECORDS } from './case-rows'
import type { CaseContext } from './context'

const partiesSchema = z.array(partySchema).min(2)

export function createCaseImport(ctx: CaseContext) {
  const { db, codec, indexer, settings, audit, access, newId } = ctx

  return async function importDrafts(drafts: CaseDraft[]): Promise<number> {
    if (!can(access.roles, 'case:create') && !can(access.roles, 'settings:manage')) {
      throw new PermissionError('case:create')
    }
    const numbering = await settings.getNumbering()
    const prepared: { row: Omit<CaseRow, 'caseNo' | 'seq'>; records: RecordRow[] }[] = []
    for (const draft of drafts) {
      const parties = parseOrThrow(partiesSchema, draft.parties)
      const id = newId()
      const records: RecordRow[] = []
      const registered = todayIso(new Date(draft.createdAt))
      const events: CaseRow['events'] = { registered }
      if (draft.status !== 'registered' && draft.status !== 'rejected') events.accepted = registered
      let judicialConfirmationApplied = false
      for (const r of draft.records) {
        const meta = { id: newId(), caseId: id, createdAt: r.createdAt, createdBy: access.actor.id }
        const record = parseRecord(meta, r.kind, r.data)
        if (record.kind === 'agreement') events['agreement-effective'] = record.data.effectiveDate
        if (record.kind === 'court-referral') events['court-referred'] = record.data.referredAt
        if (record.kind === 'judicial-confirmation') judicialConfirmationApplied = true
        records.push({ ...meta, kind: r.kind, body: await codec.seal(RECORDS, meta.id, record.data) })
      }
      const row: Omit<CaseRow, 'caseNo' | 'seq'> = {
        id,
        year: new Date(draft.createdAt).getFullYear(),
        kind: draft.kind,
        sector: draft.sector,
        status: draft.status,
        outcome: draft.outcome,
        source: draft.source,
        disputeType: draft.disputeType,
        riskLevel: draft.riskLevel ?? '',
        mediatorId: access.actor.id,
        open: isOpen(draft.status) ? 1 : 0,
        events,
        extensionDays: 0,
        judicialConfirmationApplied,
        dueDate: '',
        createdAt: draft.createdAt,
        updatedAt: draft.updatedAt,
        tokens: await caseTokens(indexer, parties, draft.facts),
        body: await codec.seal(CASES, id, { facts: draft.facts, requests: draft.requests, parties }),
      }
      row.dueDate = await ctx.dueDateOf({ ...row, caseNo: '', seq: 0 })
      prepared.push({ row, records })
    }

    // Numbers in order of registration, per year, in the transaction that stores the cases.
    prepared.sort((a, b) => (a.row.createdAt < b.row.createdAt ? -1 : 1))
    await db.transaction('rw', db.cases, db.records, db.counters, db.settings, async () => {
      const next = new Map<number, number>()
      const rows: CaseRow[] = []
      for (const { row } of prepared) {
        const key = `case-seq:${row.year}`
        const seq = (next.get(row.year) ?? (await db.counters.get(key))?.value ?? 0) + 1
        next.set(row.year, seq)
        rows.push({
          ...row,
          seq,
          caseNo: formatCaseNumber(numbering.pattern, { year: row.year, seq, org: numbering.orgShortName }),
        })
      }
      await db.cases.bulkAdd(rows)
      await db.records.bulkAdd(prepared.flatMap((p) => p.records))
      await db.counters.bulkPut([...next].map(([year, value]) => ({ key: `case-seq:${year}`, value })))
      // Imported parties are linked to persons after the next login, by the same walk as older cases.
      await db.settings.delete(LEGACY_LINKING_KEY)
    })
    await audit.append(access.actor, 'case.create', { type: 'case', id: '' }, { imported: prepared.length })
    return prepared.length
  }
}
