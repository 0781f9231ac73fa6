/**
 * Which records a case may take now, and what a new record must say given the case: the one place
 * for these rules, used by the repository before it stores a record and by the case page to offer
 * only the records that fit. Refusals are i18n keys (RECORD_MSG), never prose.
 *
 * - 司法确认 only for a written agreement in force — not an oral one (人民调解法 Art. 33 speaks of
 *   调解协议 as a document; an oral agreement has no 协议书 to confirm) and not in 委托调解, which the
 *   court ends with its own 调解书 or 撤诉. The ruling only once applied.
 * - An extension only with every party's consent recorded (人民调解: "经双方当事人同意").
 * - Traffic records only on traffic cases, the return to the police only on 治安 cases, court
 *   records only on court-linked cases.
 * - 协同调解员 only active mediators, never the lead (domain/cases/co-mediators.ts).
 */
import type { CaseEvents } from '../cases/case'
import type {
  AdminSector,
  AgreementForm,
  CaseStatus,
  ConfirmationState,
  MediationKind,
  PartyRole,
} from '../cases/catalogues'
import { coMediatorIssues } from '../cases/co-mediators'
import type { RecordData, RecordKind } from '../cases/records'
import type { FieldIssue } from '../shared/errors'

export const RECORD_MSG = {
  courtOnly: 'caseRules.courtOnly',
  trafficOnly: 'caseRules.trafficOnly',
  publicSecurityOnly: 'caseRules.publicSecurityOnly',
  needsAgreement: 'caseRules.needsAgreement',
  oralNoConfirmation: 'caseRules.oralNoConfirmation',
  entrustedNoConfirmation: 'caseRules.entrustedNoConfirmation',
  notEffective: 'caseRules.notEffective',
  alreadyApplied: 'caseRules.alreadyApplied',
  notApplied: 'caseRules.notApplied',
  workflowOnly: 'caseRules.workflowOnly',
  consentAllParties: 'caseRules.consentAllParties',
  consentDate: 'caseRules.consentDate',
  appliedBeforeEffective: 'caseRules.appliedBeforeEffective',
  requestNotForKind: 'caseRules.requestNotForKind',
  requestOnlyWhenAgreed: 'caseRules.requestOnlyWhenAgreed',
  routeUnavailable: 'caseRules.routeUnavailable',
  returnToCourtOnlyDelegated: 'caseRules.returnToCourtOnlyDelegated',
} as const

/** What the rules read of a case: plain facts, and its parties' ids and roles. */
export interface RecordContext {
  kind: MediationKind
  sector: AdminSector | null
  status: CaseStatus
  events: CaseEvents
  agreementForm: AgreementForm | null
  confirmation: ConfirmationState
  parties: readonly { id: string; role: PartyRole }[]
  /** The lead mediator: read for 协同调解员 (none named: nobody may be refused as the lead). */
  mediatorId?: string
  /** The ids of active users with the mediator role, for 协同调解员 (absent: nobody qualifies). */
  activeMediatorIds?: readonly string[]
}

const COURT: ReadonlySet<MediationKind> = new Set(['court-delegated', 'court-entrusted'])
const TRAFFIC_KINDS: ReadonlySet<RecordKind> = new Set(['accident-report', 'loss-fixed', 'session-notice'])
const NEEDS_AGREEMENT: ReadonlySet<RecordKind> = new Set(['performance', 'urge', 'non-performance'])

/** Why a record kind cannot be added to this case now (an i18n key), or null when it can. */
export function recordRefusal(kind: RecordKind, c: RecordContext): string | null {
  if (kind === 'transition') return RECORD_MSG.workflowOnly
  if ((kind === 'court-referral' || kind === 'court-report') && !COURT.has(c.kind))
    return RECORD_MSG.courtOnly
  if (TRAFFIC_KINDS.has(kind) && !(c.kind === 'administrative' && c.sector === 'traffic'))
    return RECORD_MSG.trafficOnly
  if (kind === 'police-return' && !(c.kind === 'administrative' && c.sector === 'public-security'))
    return RECORD_MSG.publicSecurityOnly
  if (NEEDS_AGREEMENT.has(kind) && c.agreementForm === null) return RECORD_MSG.needsAgreement
  if (kind === 'judicial-confirmation') {
    if (c.kind === 'court-entrusted') return RECORD_MSG.entrustedNoConfirmation
    if (c.agreementForm === null) return RECORD_MSG.needsAgreement
    if (c.agreementForm === 'oral') return RECORD_MSG.oralNoConfirmation
    if (!c.events['agreement-effective']) return RECORD_MSG.notEffective
    if (c.confirmation !== 'none') return RECORD_MSG.alreadyApplied
  }
  if (kind === 'confirmation-ruling' && c.confirmation !== 'applied') return RECORD_MSG.notApplied
  return null
}

/** The 未履行 routes open to the parties: 司法确认 while it can still be asked, enforcement once confirmed, suing always. */
export function nonPerformanceRoutes(
  c: Pick<RecordContext, 'kind' | 'agreementForm' | 'confirmation'>,
): RecordData<'non-performance'>['routes'] {
  const routes: RecordData<'non-performance'>['routes'] = []
  if (c.agreementForm === 'written' && c.kind !== 'court-entrusted' && c.confirmation === 'none')
    routes.push('judicial-confirmation')
  if (c.confirmation === 'confirmed') routes.push('enforcement')
  routes.push('litigation')
  return routes
}

/** What the parties may ask of the court with the result, by kind (委托: 调解书 or 撤诉; 委派: 司法确认). */
export function courtRequests(
  c: Pick<RecordContext, 'kind' | 'agreementForm'>,
): RecordData<'court-report'>['request'][] {
  if (c.kind === 'court-entrusted') return ['', 'mediation-document', 'withdrawal']
  return c.agreementForm === 'oral' ? [''] : ['', 'judicial-confirmation']
}

/** Refusals of a new record's content given the case (paths as in the record's data). */
export function recordIssues<K extends RecordKind>(
  kind: K,
  data: RecordData<K>,
  c: RecordContext,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const refuse = (path: string, message: string) => issues.push({ path, message })
  switch (kind) {
    case 'extension': {
      const d = data as RecordData<'extension'>
      const sides = c.parties.filter((p) => p.role !== 'third-party').map((p) => p.id)
      if (!sides.every((id) => d.consentedBy.includes(id)))
        refuse('consentedBy', RECORD_MSG.consentAllParties)
      if (!d.consentAt) refuse('consentAt', RECORD_MSG.consentDate)
      break
    }
    case 'judicial-confirmation': {
      const d = data as RecordData<'judicial-confirmation'>
      const effective = c.events['agreement-effective']
      if (effective && d.appliedAt < effective) refuse('appliedAt', RECORD_MSG.appliedBeforeEffective)
      break
    }
    case 'court-report': {
      const d = data as RecordData<'court-report'>
      if (d.request !== '' && d.result !== 'agreed') refuse('request', RECORD_MSG.requestOnlyWhenAgreed)
      else if (!courtRequests(c).includes(d.request)) refuse('request', RECORD_MSG.requestNotForKind)
      break
    }
    case 'non-performance': {
      const d = data as RecordData<'non-performance'>
      const open = nonPerformanceRoutes(c)
      if (d.routes.some((r) => !open.includes(r))) refuse('routes', RECORD_MSG.routeUnavailable)
      break
    }
    case 'termination': {
      const d = data as RecordData<'termination'>
      if (d.returnToCourt && c.kind !== 'court-delegated')
        refuse('returnToCourt', RECORD_MSG.returnToCourtOnlyDelegated)
      break
    }
    case 'co-mediators': {
      const d = data as RecordData<'co-mediators'>
      issues.push(...coMediatorIssues(d.userIds, c.mediatorId ?? '', c.activeMediatorIds ?? []))
      break
    }
    default:
      break
  }
  return issues
}
