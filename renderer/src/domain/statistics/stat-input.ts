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
import { AGREEMENT_FORMS, type AgreementForm } from '../cases/catalogues'
import { recordFacts } from '../cases/record-facts'
import type { RecordKind } from '../cases/records'
import { isIsoDate, todayIso } from '../shared/dates'
import { concludedOn, recordStatFacts, type RecordStatFacts, type StatRecord } from './stat-facts'

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
    /**
     * The local day it was accepted (受理), null while it is not: 受理数 counts by it. Absent in
     * bundles made before it was carried; the district then takes the case's own `acceptedOn`.
     */
    acceptedOn: day.nullable().optional(),
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
    // Carried since the 2026 measures; absent in older bundles, which then count none of them.
    /** 书面 or 口头 (the latest agreement), null without one. */
    agreementForm: z.enum(AGREEMENT_FORMS).nullable().default(null),
    /** Days the parties applied for 司法确认, and days a court confirmed (确认有效). */
    confirmationApplied: z.array(day).default([]),
    confirmed: z.array(day).default([]),
    /** The day the agreement was performed in full (every term), null while it is not. */
    performedOn: day.nullable().default(null),
    /** The day the parties were told, the agreement not performed, of their routes (未履行). */
    unperformedOn: day.nullable().default(null),
    /** Days of the return visits (回访). */
    visits: z.array(day).default([]),
    /** 群体性纠纷: the head count recorded (0: not one) — not only the named parties. */
    massPersons: z.number().int().min(0).default(0),
  })
  .strict()
export type StatInput = z.output<typeof statInputSchema>

/** A dispute screening round (排查): when, how many disputes it found and how many it prevented (预防纠纷). */
export const screeningFactSchema = z
  .object({ date: day, found: z.number().int().min(0), prevented: z.number().int().min(0).default(0) })
  .strict()
export type ScreeningFact = z.output<typeof screeningFactSchema>
export type ScreeningFactInput = z.input<typeof screeningFactSchema>
/** What the computation reads of a screening round (older facts have no `prevented`: 0). */
export type ScreeningFactLike = Pick<ScreeningFact, 'date' | 'found'> & { prevented?: number }

/** The plain fields of a case that statistics read, wherever the case comes from. */
interface StatCaseFields {
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
}

/** What `toStatInput` reads from a case: a decrypted case, or a de-identified one with its party count. */
export interface CaseDetailLike extends StatCaseFields {
  /** The parties themselves, or just how many there are. */
  parties: readonly unknown[] | number
  records: readonly StatRecord[]
}

/** The statistics-relevant records a loader has to fetch (the rest never changes a number). */
export const STAT_RECORD_KINDS = [
  'agreement',
  'termination',
  'prevention',
  'transition',
  'performance',
  'non-performance',
  'judicial-confirmation',
  'confirmation-ruling',
  'visit',
  'mass-dispute',
] as const satisfies readonly RecordKind[]

const localDay = (iso: string) => todayIso(new Date(iso))

/** What a StatInput takes from the case itself: its plain fields and the facts of all its records. */
export interface PlainStatCase extends StatCaseFields {
  /** How many parties the dispute involves. */
  persons: number
  agreementForm: AgreementForm | null
  performedOn: string | null
  unperformedOn: string | null
  massPersons: number
}

/** A case's statistics facts from its plain fields and its records' facts (stored, or just derived). */
export function statInputOf(c: PlainStatCase, f: RecordStatFacts): StatInput {
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
    concludedOn: concludedOn(c, f),
    agreementAmountFen: f.agreementAmountFen,
    persons: c.persons,
    preventions: f.preventions,
    acceptedOn: c.events.accepted ?? null,
    agreementForm: c.agreementForm,
    confirmationApplied: f.confirmationApplied,
    confirmed: f.confirmed,
    performedOn: c.performedOn,
    unperformedOn: c.unperformedOn,
    visits: f.visits,
    massPersons: c.massPersons,
  })
}

/** A case's statistics facts from the case and its records (a decrypted case, or a de-identified one). */
export function toStatInput(c: CaseDetailLike): StatInput {
  const facts = recordFacts(c.records)
  return statInputOf(
    {
      ...c,
      persons: typeof c.parties === 'number' ? c.parties : c.parties.length,
      agreementForm: facts.agreementForm,
      performedOn: facts.events.performed ?? null,
      unperformedOn: facts.events['unperformed-notified'] ?? null,
      massPersons: facts.massPersons,
    },
    recordStatFacts(c.records),
  )
}
