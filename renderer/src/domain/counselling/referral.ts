/**
 * A hand-off from a mediation case to counselling. Only the minimum passes: the name (or an
 * alias), a contact, and the reason — and only with the person's consent, recorded by whom and when.
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { MSG } from '../shared/messages'
import { COUNSELLING_MSG } from './messages'

const text = (max: number) => z.string().trim().max(max, MSG.tooLong)
const required = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)

export const referralInputSchema = z.object({
  counsellorId: z.string().min(1, COUNSELLING_MSG.counsellor),
  /** The case party referred, so the case page can say who; '' when not a listed party. */
  partyId: text(100).default(''),
  name: required(40),
  isAlias: z.boolean().default(false),
  contact: text(100).default(''),
  reason: required(2000),
  consent: z.object({
    given: z.literal(true, COUNSELLING_MSG.referralConsent),
    date: z.string().refine(isIsoDate, MSG.date),
  }),
})
export type ReferralInput = z.input<typeof referralInputSchema>

export type ReferralStatus = 'pending' | 'accepted' | 'declined'

/** What the mediation side sees of a referral: that it exists, to whom, and where it stands. */
export interface ReferralLink {
  id: string
  caseId: string
  counsellorId: string
  partyId: string
  status: ReferralStatus
  createdAt: string
  updatedAt: string
}

/** What the counsellor sees of a pending referral: exactly the minimum passed on. */
export interface PendingReferral {
  id: string
  caseNo: string
  name: string
  isAlias: boolean
  contact: string
  reason: string
  consentDate: string
  createdAt: string
}
