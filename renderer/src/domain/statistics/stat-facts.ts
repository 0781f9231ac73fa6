/**
 * What a case's records give its statistics, kept apart from the case so that it can be stored
 * plain with the case row (codes, dates, an amount and head counts: nothing that says who anyone
 * is) and a room's tables read rows alone, never opening a record (issue 17 item 5). The facts
 * depend on the records only; the case's own fields (outcome, events) are combined with them when
 * a StatInput is built — so a step that changes the outcome needs no new facts, and `toStatInput`
 * (the district's path, from de-identified records) and the room's path agree by construction.
 */
import type { z } from 'zod'
import type { CaseEvents, Outcome } from '../cases/case'
import type { PreventionFlag } from '../cases/catalogues'
import {
  agreementSchema,
  confirmationRulingSchema,
  judicialConfirmationSchema,
  preventionSchema,
  terminationSchema,
  transitionRecordSchema,
  visitSchema,
  type RecordKind,
} from '../cases/records'
import { todayIso } from '../shared/dates'

/** A record as far as statistics read it. */
export interface StatRecord {
  kind: RecordKind
  /** ISO timestamp */
  createdAt: string
  data: unknown
}

/** The outcomes whose day a transition record can give. */
const CONCLUSIONS = ['agreed', 'terminated', 'rejected'] as const
type Conclusion = (typeof CONCLUSIONS)[number]

/** What statistics read of a case's records, by date. */
export interface RecordStatFacts {
  /** The latest agreement record's 生效日期 (null without one that reads). */
  agreementDate: string | null
  /** Sum of the terms of the latest agreement, in fen; 0 without one. */
  agreementAmountFen: number
  /** The latest termination record: the day the parties were told, and the day it was recorded. */
  termination: { notifiedAt: string | null; recordedOn: string } | null
  /** The local day of the latest step into each outcome. */
  concludedBy: Partial<Record<Conclusion, string>>
  preventions: { flag: PreventionFlag; persons: number; on: string }[]
  confirmationApplied: string[]
  confirmed: string[]
  visits: string[]
}

const localDay = (iso: string) => todayIso(new Date(iso))

function latest(records: readonly StatRecord[], kind: RecordKind): StatRecord | undefined {
  return records.filter((r) => r.kind === kind).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
}

/** All a transition's date needs of its record: the status it moved the case into. */
const transitionTarget = transitionRecordSchema.pick({ to: true })

/** The dates records of a kind give, each checked with the kind's schema (what fails to parse is left out). */
function datesOf<T>(
  records: readonly StatRecord[],
  kind: RecordKind,
  schema: z.ZodType<T>,
  date: (data: T) => string | null,
): string[] {
  return records.flatMap((r) => {
    if (r.kind !== kind) return []
    const parsed = schema.safeParse(r.data)
    const d = parsed.success ? date(parsed.data) : null
    return d ? [d] : []
  })
}

export function recordStatFacts(records: readonly StatRecord[]): RecordStatFacts {
  const agreement = agreementSchema.safeParse(latest(records, 'agreement')?.data)
  const terminationRecord = latest(records, 'termination')
  const termination = terminationSchema.safeParse(terminationRecord?.data)
  const concludedBy: RecordStatFacts['concludedBy'] = {}
  const steps = records
    .filter((r) => r.kind === 'transition')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
  for (const step of steps) {
    const to = transitionTarget.safeParse(step.data).data?.to
    if ((CONCLUSIONS as readonly string[]).includes(to ?? ''))
      concludedBy[to as Conclusion] = localDay(step.createdAt)
  }
  return {
    agreementDate: agreement.success ? agreement.data.effectiveDate : null,
    agreementAmountFen: agreement.success ? agreement.data.terms.reduce((sum, t) => sum + t.amountFen, 0) : 0,
    termination: terminationRecord
      ? {
          notifiedAt: termination.success ? termination.data.notifiedAt : null,
          recordedOn: localDay(terminationRecord.createdAt),
        }
      : null,
    concludedBy,
    preventions: records.flatMap((r) => {
      if (r.kind !== 'prevention') return []
      const parsed = preventionSchema.safeParse(r.data)
      return parsed.success
        ? [{ flag: parsed.data.flag, persons: parsed.data.persons, on: localDay(r.createdAt) }]
        : []
    }),
    confirmationApplied: datesOf(
      records,
      'judicial-confirmation',
      judicialConfirmationSchema,
      (d) => d.appliedAt,
    ),
    // Every application and ruling counts on its day, a reopened case's earlier ones too.
    confirmed: [
      ...datesOf(records, 'confirmation-ruling', confirmationRulingSchema, (d) =>
        d.ruling === 'confirmed' ? d.rulingAt : null,
      ),
      ...datesOf(records, 'judicial-confirmation', judicialConfirmationSchema, (d) =>
        d.ruling === 'confirmed' && d.rulingAt ? d.rulingAt : null,
      ),
    ],
    visits: datesOf(records, 'visit', visitSchema, (d) => d.at.slice(0, 10)),
  }
}

/** The local day the case reached its outcome: agreement effective, termination notified, or rejection. */
export function concludedOn(
  c: { outcome: Outcome | null; events: CaseEvents; createdAt: string },
  f: RecordStatFacts,
): string | null {
  switch (c.outcome) {
    case 'agreed':
      return c.events['agreement-effective'] ?? f.agreementDate ?? f.concludedBy.agreed ?? null
    case 'terminated':
      if (f.termination && f.termination.notifiedAt !== null) return f.termination.notifiedAt
      return f.concludedBy.terminated ?? f.termination?.recordedOn ?? null
    case 'rejected':
      return f.concludedBy.rejected ?? c.events.registered ?? localDay(c.createdAt)
    default:
      return null
  }
}
