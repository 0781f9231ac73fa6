/**
 * A mediation case as the rest of the app sees it. `caseRegistrationSchema` validates what a
 * mediator enters when registering; `caseSchema` validates a whole stored case.
 */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import {
  ADMIN_SECTORS,
  CASE_SOURCES,
  CASE_STATUSES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
  RISK_LEVELS,
} from './catalogues'
import { partySchema } from './party'
import { courtReferralSchema } from './records'

export const caseRegistrationSchema = z
  .object({
    kind: z.enum(MEDIATION_KINDS, MSG.choice),
    /** Only for 行政调解. */
    sector: z.enum(ADMIN_SECTORS, MSG.choice).nullable().default(null),
    source: z.enum(CASE_SOURCES, MSG.choice),
    disputeType: z.enum(DISPUTE_TYPES, MSG.choice),
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
  })

export type CaseRegistration = z.output<typeof caseRegistrationSchema>
export type CaseRegistrationInput = z.input<typeof caseRegistrationSchema>

export const OUTCOMES = ['agreed', 'terminated', 'rejected'] as const
export type Outcome = (typeof OUTCOMES)[number]

/** Dates that start deadlines (plain: dates say nothing about a person). */
export const caseEventsSchema = z.object({
  registered: z.string().optional(),
  accepted: z.string().optional(),
  'agreement-effective': z.string().optional(),
  'court-referred': z.string().optional(),
})
export type CaseEvents = z.output<typeof caseEventsSchema>

export const caseSchema = z.object({
  id: z.string().min(1),
  caseNo: z.string().min(1),
  year: z.number().int().min(2000).max(9999),
  seq: z.number().int().positive(),
  kind: z.enum(MEDIATION_KINDS),
  sector: z.enum(ADMIN_SECTORS).nullable(),
  status: z.enum(CASE_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(),
  source: z.enum(CASE_SOURCES),
  disputeType: z.enum(DISPUTE_TYPES),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  mediatorId: z.string(),
  events: caseEventsSchema,
  extensionDays: z.number().int().min(0),
  judicialConfirmationApplied: z.boolean(),
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
    source: c.source,
    riskLevel: c.riskLevel,
    mediatorId: c.mediatorId,
    dueDate: c.dueDate,
    partyNames: c.parties.map((p) => p.name),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }
}
