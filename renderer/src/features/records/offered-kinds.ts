/**
 * Which record kinds a case offers to add now: court-linked kinds only on court-linked cases,
 * performance and judicial confirmation only once there is an agreement.
 */
import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import type { FormKind } from './form-support'
import { RECORD_FORM_KINDS } from './registry'

const COURT_ONLY: readonly FormKind[] = ['court-referral', 'court-report']
const NEEDS_AGREEMENT: readonly FormKind[] = ['performance', 'judicial-confirmation']

export function isCourtLinked(kind: Case['kind']): boolean {
  return kind === 'court-delegated' || kind === 'court-entrusted'
}

/** The kinds this case offers to add now, in the registry's order. */
export function offeredRecordKinds(
  caseData: Pick<Case, 'kind'>,
  records: readonly Pick<CaseRecord, 'kind'>[],
): FormKind[] {
  const court = isCourtLinked(caseData.kind)
  const agreed = records.some((r) => r.kind === 'agreement')
  return RECORD_FORM_KINDS.filter(
    (k) => (court || !COURT_ONLY.includes(k)) && (agreed || !NEEDS_AGREEMENT.includes(k)),
  )
}
