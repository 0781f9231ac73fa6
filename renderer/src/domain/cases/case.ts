/**
 * A mediation case as the rest of the app sees it. `caseRegistrationSchema` validates what a
 * mediator enters when registering; `caseSchema` validates a whole stored case.
 */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import {
  ADMIN_SECTORS,
  AGREEMENT_FORMS,
  CASE_SOURCES,
  CASE_STATUSES,
  CLOSURES,
  CONFIRMATION_STATES,
  COURT_PROCEDURES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  RISK_LEVELS,
  TERM_PERFORMANCE,
} from './catalogues'
import { checkCapacity, partySchema } from './party'
import { todayIso } from '../shared/dates'
import { courtReferralSchema } from './records'

export const caseRegistrationSchema = z
  .object({
    kind: z.enum(MEDIATION_KINDS, MSG.choice),
    /** Only for 行政调解. */
    sector: z.enum(ADMIN_SECTORS, MSG.choice).nullable().default(null),
    source: z.enum(CASE_SOURCES, MSG.choice),
    disputeType: z.enum(DISPUTE_TYPES, MSG.choice),
    /** A local sub-type from the administrator's catalogue (settings), reported as `disputeType`. */
    disputeSubtype: z.string().max(60, MSG.tooLong).default(''),
    facts: z.string().trim().min(1, MSG.required).max(5000, MSG.tooLong),
    requests: z.string().trim().min(1, MSG.required).max(5000, MSG.tooLong),
    parties: z.array(partySchema).min(2, MSG.partiesMin).max(50, MSG.tooLong),
    /** Only for court-linked mediation: the court's letter. */
    courtReferral: courtReferralSchema.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    const roles = new Set(c.parties.map((p) => p.role))
    if (c.parties.length >= 2 && (!roles.has('applicant') || !roles.has('respondent'))) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: MSG.partiesNeedBothSides })
    }
    if (c.kind === 'administrative' && !c.sector) {
      ctx.addIssue({ code: 'custom', path: ['sector'], message: MSG.required })
    }
    if (c.kind.startsWith('court-') && !c.courtReferral) {
      ctx.addIssue({ code: 'custom', path: ['courtReferral'], message: MSG.required })
    }
    // Capacity as it stands today: a 法定代理人 for a minor, the guardian's consent under 14.
    c.parties.forEach((p, i) => {
      if (p.type !== 'person') return
      checkCapacity(p, todayIso(), (path, message) =>
        ctx.addIssue({ code: 'custom', path: ['parties', i, ...path.split('.')], message }),
      )
    })
    // 委托调解: the court's procedure sets the default limit (15 / 7 days).
    if (c.kind === 'court-entrusted' && c.courtReferral && !c.courtReferral.procedure) {
      ctx.addIssue({ code: 'custom', path: ['courtReferral', 'procedure'], message: MSG.required })
    }
  })

export type CaseRegistration = z.output<typeof caseRegistrationSchema>
export type CaseRegistrationInput = z.input<typeof caseRegistrationSchema>

export const OUTCOMES = ['agreed', 'terminated', 'rejected'] as const
export type Outcome = (typeof OUTCOMES)[number]

/**
 * The dated events of a case that deadlines, the workflow and statistics read (plain: dates say
 * nothing about a person). Registration and the workflow's steps write `registered`, `accepted`,
 * `agreed` and `reopened`; the signing flow writes `agreement-effective` (the last signature and
 * the seal); every other event is derived from the records (domain/cases/record-facts.ts).
 */
export const CASE_EVENTS = [
  'registered',
  'accepted',
  'agreed',
  'reopened',
  'agreement-effective',
  'court-referred',
  'court-reported',
  'accident-report-received',
  'mediation-applied',
  'loss-fixed',
  'session-scheduled',
  'session-notified',
  'confirmation-applied',
  'confirmation-ruled',
  'performed',
  'unperformed-notified',
] as const
export type CaseEvent = (typeof CASE_EVENTS)[number]

export const caseEventsSchema = z.partialRecord(z.enum(CASE_EVENTS), z.string())
export type CaseEvents = z.output<typeof caseEventsSchema>

/** One agreed term as deadlines read it: its number, the day it is due ('' none) and how far it is done. */
export const termProgressSchema = z.object({
  n: z.number().int().min(1),
  dueDate: z.string(),
  performed: z.enum(TERM_PERFORMANCE),
})
export type TermProgress = z.output<typeof termProgressSchema>

/**
 * What a case's records say, kept as plain fields of the case (codes, dates, counts and the staff
 * ids of its co-mediators — nothing about a party) so that lists, deadlines and statistics never
 * need to open a record.
 */
export const caseFactsSchema = z.object({
  agreementForm: z.enum(AGREEMENT_FORMS).nullable().default(null),
  confirmation: z.enum(CONFIRMATION_STATES).default('none'),
  procedure: z.enum(COURT_PROCEDURES).nullable().default(null),
  /** The court letter's deadline, '' when it sets none. */
  courtDeadline: z.string().default(''),
  terms: z.array(termProgressSchema).default([]),
  closure: z.enum(CLOSURES).nullable().default(null),
  /** 群体性纠纷: the head count recorded (0 when not a 群体性纠纷). */
  massPersons: z.number().int().min(0).default(0),
  /** 协同调解员: user ids (staff, like `mediatorId`), the lead not among them (co-mediators.ts). */
  coMediatorIds: z.array(z.string()).default([]),
})
export type CaseFacts = z.output<typeof caseFactsSchema>

/** The facts of a case with no records that say anything (the defaults). */
export function noFacts(): CaseFacts {
  return caseFactsSchema.parse({})
}

export const caseSchema = z.object({
  id: z.string().min(1),
  caseNo: z.string().min(1),
  year: z.number().int().min(2000).max(9999),
  seq: z.number().int().positive(),
  kind: z.enum(MEDIATION_KINDS),
  sector: z.enum(ADMIN_SECTORS).nullable(),
  /** The body its documents issue under and that numbered it (issue 14); 'committee' before v6. */
  issuerId: z.string().default('committee'),
  status: z.enum(CASE_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(),
  source: z.enum(CASE_SOURCES),
  disputeType: z.enum(DISPUTE_TYPES),
  disputeSubtype: z.string().default(''),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  mediatorId: z.string(),
  events: caseEventsSchema,
  extensionDays: z.number().int().min(0),
  judicialConfirmationApplied: z.boolean(),
  ...caseFactsSchema.shape,
  /** The nearest open deadline, '' when none runs. */
  dueDate: z.string(),
  facts: z.string(),
  requests: z.string(),
  parties: z.array(partySchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})

export type Case = z.output<typeof caseSchema>

/** What a case list shows per row: enough to recognise a case without opening it. */
export interface CaseSummary {
  id: string
  caseNo: string
  kind: Case['kind']
  sector: Case['sector']
  status: Case['status']
  disputeType: Case['disputeType']
  disputeSubtype: string
  source: Case['source']
  riskLevel: Case['riskLevel']
  mediatorId: string
  dueDate: string
  partyNames: string[]
  createdAt: string
  updatedAt: string
}

export function summarize(c: Case): CaseSummary {
  return {
    id: c.id,
    caseNo: c.caseNo,
    kind: c.kind,
    sector: c.sector,
    status: c.status,
    disputeType: c.disputeType,
    disputeSubtype: c.disputeSubtype,
    source: c.source,
    riskLevel: c.riskLevel,
    mediatorId: c.mediatorId,
    dueDate: c.dueDate,
    partyNames: c.parties.map((p) => p.name),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }
}
