/**
 * Many whole cases at once (demo data, benchmarks): validated like any input, sealed, numbered in
 * one transaction per call, with one audit entry for the batch rather than one per case. The
 * cases are sealed and tokenised PREPARE_AT_ONCE at a time (issue 17): each needs dozens of
 * WebCrypto calls, and awaited one case after another the main thread sat idle between them.
 */
import { PermissionError, can } from '../../../domain/auth/roles'
import type { CaseDraft } from '../../../domain/cases/draft'
import { partySchema } from '../../../domain/cases/party'
import { parseRecord, type CaseRecord } from '../../../domain/cases/records'
import { todayIso } from '../../../domain/shared/dates'
import { issuerFor } from '../../../domain/organisation/issuing-bodies'
import { parseOrThrow } from '../../../domain/shared/errors'
import { z } from 'zod'
import { mapPooled } from '../../pooled'
import type { CaseRow, RecordRow } from '../../schema'
import { LEGACY_LINKING_KEY } from '../persons/legacy-links'
import { factsFromRecords } from './case-facts'
import { takeCaseNumbers } from './case-numbers'
import { newCaseRow, recordToRow } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository } from './types'

const partiesSchema = z.array(partySchema).min(2)

/** How many drafts are sealed and tokenised concurrently. */
export const PREPARE_AT_ONCE = 16

export function createCaseImport(ctx: CaseContext): CaseRepository['importDrafts'] {
  const { db, codec, settings, audit, access, newId } = ctx

  return async function importDrafts(drafts: CaseDraft[]): Promise<number> {
    if (!can(access.roles, 'case:create') && !can(access.roles, 'settings:manage')) {
      throw new PermissionError('case:create')
    }
    // Each case is numbered by the body its kind issues under; imported history whose body is not
    // configured here (行政调解 in a room without its 行政机关) keeps the committee's numbers.
    const bodies = await settings.getIssuingBodies()
    const issuerOf = (d: CaseDraft) =>
      issuerFor(d.kind, d.sector, bodies) ?? (bodies[0] as (typeof bodies)[number])
    const prepared = await mapPooled(drafts, PREPARE_AT_ONCE, async (draft) => {
      const parties = parseOrThrow(partiesSchema, draft.parties)
      const id = newId()
      const records: RecordRow[] = []
      const events: CaseRow['events'] = { registered: todayIso(new Date(draft.createdAt)) }
      const parsed: CaseRecord[] = []
      for (const r of draft.records) {
        const meta = { id: newId(), caseId: id, createdAt: r.createdAt, createdBy: access.actor.id }
        const record = parseRecord(meta, r.kind, r.data)
        // The steps date 受理, 达成协议 and a reopening, as the workflow would have.
        if (record.kind === 'transition') {
          const day = todayIso(new Date(record.createdAt))
          if (record.data.action === 'accept') events.accepted = day
          if (record.data.action === 'agree') events.agreed = day
          if (record.data.action === 'remediate') {
            delete events.agreed
            events.reopened = day
          }
        }
        parsed.push(record)
      }
      records.push(...(await Promise.all(parsed.map((record) => recordToRow(codec, record)))))
      // A case past registration without its accept step (a draft from elsewhere) was accepted the
      // day it was registered, as the import always read it.
      if (!events.accepted && draft.status !== 'registered' && draft.status !== 'rejected')
        events.accepted = events.registered
      // A whole case brings its history: a written agreement signed (on paper) takes effect on the
      // day the draft says; nothing else starts a 司法确认 window.
      if (draft.agreementEffectiveOn) events['agreement-effective'] = draft.agreementEffectiveOn
      const derived = factsFromRecords(events, parsed)
      const row = await newCaseRow(ctx, { ...draft, id, derived, parties, issuerId: issuerOf(draft).id })
      return { row, records }
    })

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
        const rows: CaseRow[] = []
        for (const body of bodies) {
          const mine = prepared.filter((p) => p.row.issuerId === body.id)
          if (mine.length === 0) continue
          const numbering = { pattern: body.pattern, orgShortName: body.shortName }
          const numbers = await takeCaseNumbers(
            db,
            numbering,
            mine.map((p) => p.row.year),
            body.id,
          )
          mine.forEach(({ row }, i) => rows.push({ ...row, ...numbers[i] }))
        }
        await db.cases.bulkAdd(rows)
        await db.records.bulkAdd(prepared.flatMap((p) => p.records))
        // Imported parties are linked to persons after the next login, by the same walk as older cases.
        await db.settings.delete(LEGACY_LINKING_KEY)
      },
    }))
    return prepared.length
  }
}
