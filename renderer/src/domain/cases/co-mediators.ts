/**
 * 协同调解员: mediators who work a case beside its lead (主办调解员, the case's `mediatorId`). A
 * `co-mediators` record names them (0–4, distinct, never the lead) and replaces the list before
 * it — an empty list removes them; a later change of mediator that makes one of them the lead
 * drops that person from the list. Who may be named (active users with the mediator role) is
 * checked by the repository with the users it knows (`coMediatorIssues`).
 */
import { z } from 'zod'
import type { FieldIssue } from '../shared/errors'
import { MSG } from '../shared/messages'

export const MAX_CO_MEDIATORS = 4

/** Refusals of a co-mediators record (i18n keys). */
export const CO_MEDIATOR_MSG = {
  tooMany: 'caseRules.coMediatorsTooMany',
  duplicate: 'caseRules.coMediatorDuplicate',
  isLead: 'caseRules.coMediatorIsLead',
  notMediator: 'caseRules.coMediatorNotMediator',
} as const

export const coMediatorsSchema = z.object({
  userIds: z
    .array(z.string().min(1, MSG.required).max(100, MSG.tooLong))
    .max(MAX_CO_MEDIATORS, CO_MEDIATOR_MSG.tooMany)
    .refine((ids) => new Set(ids).size === ids.length, CO_MEDIATOR_MSG.duplicate),
  note: z.string().trim().max(1000, MSG.tooLong).default(''),
})

/** The records that move who mediates a case, as the derivation reads them (oldest first). */
export type MediatorMove =
  { kind: 'co-mediators'; userIds: readonly string[] } | { kind: 'mediator-change'; toUserId: string }

/** The co-mediators after these moves: the latest list, less whoever became the lead since. */
export function coMediatorsAfter(moves: readonly MediatorMove[]): string[] {
  let ids: string[] = []
  for (const m of moves) {
    if (m.kind === 'co-mediators') ids = [...m.userIds]
    else ids = ids.filter((id) => id !== m.toUserId)
  }
  return ids
}

/** What a new co-mediators record may not say: the lead, or anyone not an active mediator. */
export function coMediatorIssues(
  userIds: readonly string[],
  leadId: string,
  activeMediatorIds: readonly string[],
): FieldIssue[] {
  const active = new Set(activeMediatorIds)
  if (userIds.includes(leadId)) return [{ path: 'userIds', message: CO_MEDIATOR_MSG.isLead }]
  if (userIds.some((id) => !active.has(id)))
    return [{ path: 'userIds', message: CO_MEDIATOR_MSG.notMediator }]
  return []
}

/** Every mediator of a case, the lead first, each once. */
export function mediatorsOf(c: { mediatorId: string; coMediatorIds?: readonly string[] }): string[] {
  return [...new Set([c.mediatorId, ...(c.coMediatorIds ?? [])])]
}
