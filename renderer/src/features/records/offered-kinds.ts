/**
 * Which record kinds a case offers to add now: exactly those the case rules allow
 * (domain/workflow/record-rules.ts) — court records on court-linked cases, traffic records on traffic
 * cases, the return to the police on 治安 cases, performance once there is an agreement, 司法确认
 * only for a written agreement in force and never in 委托调解, its ruling once applied for.
 */
import type { Case } from '../../domain/cases/case'
import { recordRefusal } from '../../domain/workflow/record-rules'
import type { FormKind } from './form-support'
import { RECORD_FORM_KINDS } from './registry'

export function isCourtLinked(kind: Case['kind']): boolean {
  return kind === 'court-delegated' || kind === 'court-entrusted'
}

/** The kinds this case offers to add now, in the registry's order. */
export function offeredRecordKinds(
  caseData: Pick<
    Case,
    'kind' | 'sector' | 'status' | 'events' | 'agreementForm' | 'confirmation' | 'parties'
  >,
): FormKind[] {
  const context = {
    ...caseData,
    parties: caseData.parties.map((p) => ({ id: p.id, role: p.role })),
  }
  return RECORD_FORM_KINDS.filter((k) => recordRefusal(k, context) === null)
}
