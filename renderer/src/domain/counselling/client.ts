/**
 * A counselling client: a name or an alias (a person may stay anonymous), an optional contact,
 * and the watch-list flag with follow-up dates. Everything here is sealed with the counsellor's
 * own key; nothing about a person is ever a plain index field.
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { MSG } from '../shared/messages'

const text = (max: number) => z.string().trim().max(max, MSG.tooLong)
const required = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)
const isoDate = z.string().refine(isIsoDate, MSG.date)

export const clientInputSchema = z.object({
  /** The person's name, or an alias they chose. */
  name: required(40),
  isAlias: z.boolean().default(false),
  /** Phone or another way to reach them; optional. */
  contact: text(100).default(''),
  note: text(1000).default(''),
})
export type ClientInput = z.input<typeof clientInputSchema>

export const followUpSchema = z.object({ date: isoDate, done: z.boolean().default(false) })

export const watchSchema = z.object({
  flagged: z.boolean(),
  followUps: z.array(followUpSchema).max(50).default([]),
  note: text(1000).default(''),
})
export type Watch = z.output<typeof watchSchema>
export type WatchInput = z.input<typeof watchSchema>

/** Where a client came from when a mediation case referred them: the case number, nothing else of the case. */
export interface ClientOrigin {
  referralId: string
  caseNo: string
  reason: string
}

export interface CounsellingClient {
  id: string
  name: string
  isAlias: boolean
  contact: string
  note: string
  origin: ClientOrigin | null
  status: 'open' | 'closed'
  /** YYYY-MM-DD the file was closed, '' while open. */
  closedOn: string
  /** YYYY-MM-DD after which it is purged, '' while open. */
  retainUntil: string
  watch: Watch
  createdAt: string
  updatedAt: string
}

/** Follow-ups not yet done whose date is today or earlier. */
export function dueFollowUps(watch: Watch, today: string): string[] {
  return watch.followUps.filter((f) => !f.done && f.date <= today).map((f) => f.date)
}

/** The next follow-up not done yet, '' when none. */
export function nextFollowUp(watch: Watch): string {
  return (
    watch.followUps
      .filter((f) => !f.done)
      .map((f) => f.date)
      .sort()[0] ?? ''
  )
}
