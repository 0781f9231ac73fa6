/**
 * Many whole cases at once (demo data, benchmarks): validated like any input, sealed, numbered in
 * one transaction per call, with one audit entry for the batch rather than one per case.
 */
import { PermissionError, can } from '../../../domain/auth/roles'
import type { CaseDraft } from '../../../domain/cases/draft'
import { partySchema } from '../../../domain/cases/party'
import { parseRecord } from '../../../domain/cases/records'
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow } from '../../../domain/shared/errors'
import { z } from 'zod'
import type { CaseRow, RecordRow } from '../../schema'
import { LEGACY_LINKING_KEY } from '../persons/legacy-links'
import { takeCaseNumbers } from './case-numbers'
import { newCaseRow, recordToRow } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

const partiesSchema = z.array(partySchema).min(2)

export function createCaseImport(ctx: CaseContext): CaseRepository['importDrafts'] {
  const { db, codec, settings, audit, access, newId } = ctx

  return async function importDrafts(drafts: CaseDraft[]): Promise<number> {
    if (!can(access.roles, 'case:create') && !can(access.roles, 'settings:manage')) {
      throw new PermissionError('case:create')
    }
    const numbering = await settings.getNumbering()
    const prepared: { row: CaseRow; records: RecordRow[] }[] = []
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
        records.push(await recordToRow(codec, record))
      }
      const row = await newCaseRow(ctx, { ...draft, id, events, judicialConfirmationApplied, parties })
      prepared.push({ row, records })
    }

    // Numbers in order of registration, per year, in the transaction that stores the cases.
    prepared.sort((a, b) => (a.row.createdAt < b.row.createdAt ? -1 : 1))
    await audit.commit([db.cases, db.records, db.counters, db.settings], async () => ({
      entry: {
        actor: access.actor,
        action: 'case.create',
        target: { type: 'case', id: '' },
        details: { imported: prepared.length },
      },
      write: async () => {
        const numbers = await takeCaseNumbers(
          db,
          numbering,
          prepared.map((p) => p.row.year),
        )
        await db.cases.bulkAdd(prepared.map(({ row }, i) => ({ ...row, ...numbers[i] })))
        await db.records.bulkAdd(prepared.flatMap((p) => p.records))
        // Imported parties are linked to persons after the next login, by the same walk as older cases.
        await db.settings.delete(LEGACY_LINKING_KEY)
      },
    }))
    return prepared.length
  }
}
