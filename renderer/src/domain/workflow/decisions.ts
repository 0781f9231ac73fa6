/**
 * Decisions the workflow puts to the mediator when a limit passes, beyond its plain steps:
 * - a 委派 case whose limit lapsed without agreement: the parties agree to continue (an extension
 *   with their consent) or mediation ends and the file returns to the court for 立案;
 * - an agreed term past its 履行期限 and not performed: 督促履行, then performance or 未履行.
 */
import type { CaseStatus, MediationKind } from '../cases/catalogues'
import type { Deadline } from '../deadlines/compute'

const WORKING: readonly CaseStatus[] = ['accepted', 'notified', 'investigating', 'mediating']

/** The lapsed limit of a 委派 case still being mediated, or null. */
export function courtLapse(
  c: { kind: MediationKind; status: CaseStatus },
  deadlines: readonly Deadline[],
): Deadline | null {
  if (c.kind !== 'court-delegated' || !WORKING.includes(c.status)) return null
  return deadlines.find((d) => d.purpose === 'conclude' && d.state === 'overdue') ?? null
}

/** The agreed terms past their date and not performed (the case then offers 督促履行). */
export function overdueTerms(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.filter((d) => d.purpose === 'performance' && d.state === 'overdue')
}
