/**
 * A mediation case as the rest of the app sees it. `caseRegistrationSchema` validates what a
 * mediator enters when registering; `caseSchema` validates a whole stored case.
 */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import { CASE_SOURCES, CASE_STATUSES, DISPUTE_TYPES, MEDIATION_KINDS } from './catalogues'
import { partySchema } from './party'

export const caseRegistrationSchema = z
  .object({
    kind: z.enum(MEDIATION_KINDS, MSG.choice),
    source: z.enum(CASE_SOURCES, MSG.choice),
    disputeType: z.enum(DISPUTE_TYPES, MSG.choice),
    facts: z.string().trim().min(1, MSG.required).max(5000, MSG.tooLong),
    requests: z.string().trim().min(1, MSG.required).max(5000, MSG.tooLong),
    parties: z.array(partySchema).min(2, MSG.partiesMin).max(50, MSG.tooLong),
  })
  .superRefine((c, ctx) => {
    const roles = new Set(c.parties.map((p) => p.role))
    if (c.parties.length >= 2 && (!roles.has('applicant') || !roles.has('respondent'))) {
      ctx.addIssue({ code: 'custom', path: ['parties'], message: MSG.partiesNeedBothSides })
    }
  })

export type CaseRegistration = z.output<typeof caseRegistrationSchema>
export type CaseRegistrationInput = z.input<typeof caseRegistrationSchema>

export const caseSchema = z.object({
  id: z.string().min(1),
  caseNo: z.string().min(1),
  year: z.number().int().min(2000).max(9999),
  seq: z.number().int().positive(),
  kind: z.enum(MEDIATION_KINDS),
  status: z.enum(CASE_STATUSES),
  source: z.enum(CASE_SOURCES),
  disputeType: z.enum(DISPUTE_TYPES),
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
  status: Case['status']
  disputeType: Case['disputeType']
  source: Case['source']
  partyNames: string[]
  createdAt: string
  updatedAt: string
}

export function summarize(c: Case): CaseSummary {
  return {
    id: c.id,
    caseNo: c.caseNo,
    kind: c.kind,
    status: c.status,
    disputeType: c.disputeType,
    source: c.source,
    partyNames: c.parties.map((p) => p.name),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }
}
