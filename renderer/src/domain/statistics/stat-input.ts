/**
 * The facts about one case that statistics need, and nothing that says who the people are: codes,
 * dates, an amount and head counts. A room computes its statistics from these, and a district
 * computes the same numbers from the de-identified cases it imports — so both sides must build
 * them with `toStatInput`. The facts are dated, not tied to a period: one input serves every period.
 */
import { z } from 'zod'
import { OUTCOMES, type CaseEvents, type Outcome } from '../cases/case'
import {
  ADMIN_SECTORS,
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  PREVENTION_FLAGS,
  RISK_LEVELS,
  type AdminSector,
  type CaseSource,
  type CaseStatus,
  type DisputeType,
  type MediationKind,
  type RiskLevel,
} from '../cases/catalogues'
import {
  agreementSchema,
  preventionSchema,
  terminationSchema,
  transitionRecordSchema,
  type RecordKind,
} from '../cases/records'
import { isIsoDate, todayIso } from '../shared/dates'

const day = z.string().refine(isIsoDate)

export const statInputSchema = z
  .object({
    /** An opaque case id (a UUID; never a case number or a name), for drill-down only. */
    id: z.string().min(1),
    kind: z.enum(MEDIATION_KINDS),
    sector: z.enum(ADMIN_SECTORS).nullable(),
    disputeType: z.enum(DISPUTE_TYPES),
    source: z.enum(CASE_SOURCES),
    status: z.enum(CASE_STATUSES),
    outcome: z.enum(OUTCOMES).nullable(),
    mediatorId: z.string(),
    riskLevel: z.enum(RISK_LEVELS).nullable(),
    /** The local day the dispute was registered (登记). */
    registeredOn: day,
    /** The local day the case reached its outcome: agreement effective, termination notified, or rejection. */
    concludedOn: day.nullable(),
    /** Sum of the terms of the latest agreement, in fen; 0 without one. */
    agreementAmountFen: z.number().int().min(0),
    /** How many parties the dispute involves (涉及人数). */
    persons: z.number().int().min(0),
    /** Each recorded prevention (预防成效), on the day it was recorded. */
    preventions: z.array(
      z.object({ flag: z.enum(PREVENTION_FLAGS), persons: z.number().int().min(1), on: day }).strict(),
    ),
  })
  .strict()
export type StatInput = z.output<typeof statInputSchema>

/** A dispute screening round (排查): when, and how many disputes it found. */
export const screeningFactSchema = z.object({ date: day, found: z.number().int().min(0) }).strict()
export type ScreeningFact = z.output<typeof screeningFactSchema>

/** A record as far as statistics read it: only agreements, terminations, preventions and transitions matter. */
export interface StatRecord {
  kind: RecordKind
  /** ISO timestamp */
  createdAt: string
  data: unknown
}

/** What `toStatInput` reads from a case: a decrypted case, or a de-identified one with its party count. */
export interface CaseDetailLike {
  id: string
  kind: MediationKind
  sector: AdminSector | null
  disputeType: DisputeType
  source: CaseSource
  status: CaseStatus
  outcome: Outcome | null
  mediatorId: string
  /** '' or null when not assessed. */
  riskLevel: RiskLevel | null | ''
  events: CaseEvents
  /** ISO timestamp of registration. */
  createdAt: string
  /** The parties themselves, or just how many there are. */
  parties: readonly unknown[] | number
  records: readonly StatRecord[]
}

/** The statistics-relevant records a loader has to fetch (the rest never changes a number). */
export const STAT_RECORD_KINDS = ['agreement', 'termination', 'prevention', 'transition'] as const

const localDay = (iso: string) => todayIso(new Date(iso))

function latest(records: readonly StatRecord[], kind: RecordKind): StatRecord | undefined {
  return records.filter((r) => r.kind === kind).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
}

/** All a transition's date needs of its record: the status it moved the case into. */
const transitionTarget = transitionRecordSchema.pick({ to: true })

/** The day of the step that moved the case into `to` (transition records carry `to`). */
function transitionDay(records: readonly StatRecord[], to: string): string | null {
  const step = records
    .filter((r) => r.kind === 'transition' && transitionTarget.safeParse(r.data).data?.to === to)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
  return step ? localDay(step.createdAt) : null
}

function concludedOn(c: CaseDetailLike): string | null {
  switch (c.outcome) {
    case 'agreed': {
      const parsed = agreementSchema.safeParse(latest(c.records, 'agreement')?.data)
      return (
        c.events['agreement-effective'] ??
        (parsed.success ? parsed.data.effectiveDate : null) ??
        transitionDay(c.records, 'agreed')
      )
    }
    case 'terminated': {
      const record = latest(c.records, 'termination')
      const parsed = terminationSchema.safeParse(record?.data)
      if (parsed.success) return parsed.data.notifiedAt
      return transitionDay(c.records, 'terminated') ?? (record ? localDay(record.createdAt) : null)
    }
    case 'rejected':
      return transitionDay(c.records, 'rejected') ?? c.events.registered ?? localDay(c.createdAt)
    default:
      return null
  }
}

function agreementAmount(records: readonly StatRecord[]): number {
  const parsed = agreementSchema.safeParse(latest(records, 'agreement')?.data)
  return parsed.success ? parsed.data.terms.reduce((sum, t) => sum + t.amountFen, 0) : 0
}

export function toStatInput(c: CaseDetailLike): StatInput {
  const preventions = c.records.flatMap((r) => {
    if (r.kind !== 'prevention') return []
    const parsed = preventionSchema.safeParse(r.data)
    return parsed.success
      ? [{ flag: parsed.data.flag, persons: parsed.data.persons, on: localDay(r.createdAt) }]
      : []
  })
  return statInputSchema.parse({
    id: c.id,
    kind: c.kind,
    sector: c.sector,
    disputeType: c.disputeType,
    source: c.source,
    status: c.status,
    outcome: c.outcome,
    mediatorId: c.mediatorId,
    riskLevel: c.riskLevel || null,
    registeredOn: c.events.registered ?? localDay(c.createdAt),
    concludedOn: concludedOn(c),
    agreementAmountFen: agreementAmount(c.records),
    persons: typeof c.parties === 'number' ? c.parties : c.parties.length,
    preventions,
  })
}
