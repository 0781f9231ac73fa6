/**
 * The plain facts a case row keeps from its records (domain/cases/record-facts.ts): written with
 * every record and step, and — for rows stored before they existed — by a walk after login
 * (`refreshFactsBatch`), which needs the keys to open the records. A row's events keep what
 * registration, the steps and the signing flow wrote; the events records date are recomputed.
 */
import { CASE_EVENTS, type CaseEvents } from '../../../domain/cases/case'
import { recordFacts, RECORD_EVENTS, type FactRecord } from '../../../domain/cases/record-facts'
import { todayIso } from '../../../domain/shared/dates'
import { recordStatFacts } from '../../../domain/statistics/stat-facts'
import type { CaseRow, MediationDb } from '../../schema'
import type { RecordCodec } from '../../codec/codec'
import { AGREEMENT_KIND } from '../agreements/agreement-rows'
import { RECORDS } from './case-rows'

/**
 * Bumped when the derivation changes, so that stored facts are refreshed after the next login.
 * 2: the statistics facts (`stat`) and the party count, so a room's tables never open a record.
 */
export const FACTS_VERSION = 2

/** The fact fields of a row (with the events records date merged into the row's own). */
export type RowFacts = Pick<
  CaseRow,
  | 'agreementForm'
  | 'confirmation'
  | 'judicialConfirmationApplied'
  | 'procedure'
  | 'courtDeadline'
  | 'terms'
  | 'closure'
  | 'massPersons'
  | 'coMediatorIds'
  | 'extensionDays'
  | 'events'
  | 'stat'
  | 'factsVersion'
>

const RECORD_EVENT_SET: ReadonlySet<string> = new Set(RECORD_EVENTS)

/** The events that registration, the workflow's steps and the signing flow write (kept as they are). */
function ownEvents(events: CaseEvents): CaseEvents {
  const own: CaseEvents = {}
  for (const e of CASE_EVENTS) if (!RECORD_EVENT_SET.has(e) && events[e] !== undefined) own[e] = events[e]
  return own
}

/** A row's facts from the records of its case (any order). */
export function factsFromRecords(events: CaseEvents, records: readonly FactRecord[]): RowFacts {
  const f = recordFacts(records)
  return {
    agreementForm: f.agreementForm,
    confirmation: f.confirmation,
    judicialConfirmationApplied: f.confirmation !== 'none',
    procedure: f.procedure,
    courtDeadline: f.courtDeadline,
    terms: f.terms,
    closure: f.closure,
    massPersons: f.massPersons,
    coMediatorIds: f.coMediatorIds,
    extensionDays: f.extensionDays,
    events: { ...ownEvents(events), ...f.events },
    stat: recordStatFacts(records),
    factsVersion: FACTS_VERSION,
  }
}

/** Every record of a case, opened, as the derivation reads them. */
export async function openRecordsOf(
  db: MediationDb,
  codec: RecordCodec,
  caseId: string,
): Promise<FactRecord[]> {
  const rows = await db.records
    .where('[caseId+createdAt]')
    .between([caseId, ''], [caseId, '\uffff'])
    .toArray()
  return Promise.all(
    rows.map(async (r) => ({
      kind: r.kind,
      createdAt: r.createdAt,
      data: await codec.open(RECORDS, r.id, r.body),
    })),
  )
}

/**
 * For a row stored before facts existed: the 司法确认 window started from whatever date was typed
 * into the agreement record. It now starts only when the signing flow made a written agreement
 * effective — the case's effective agreement document says when (its last change is that moment).
 */
export async function signedEffectiveDay(db: MediationDb, caseId: string): Promise<string | undefined> {
  const effective = await db.documents
    .where('caseId')
    .equals(caseId)
    .filter((d) => d.kind === AGREEMENT_KIND && d.status === 'effective')
    .toArray()
  const latest = effective
    .map((d) => d.updatedAt)
    .sort()
    .at(-1)
  return latest ? todayIso(new Date(latest)) : undefined
}
