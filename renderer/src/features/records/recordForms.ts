/**
 * Record kinds → their form and icon, so a page can offer "add record" generically, and which
 * kinds a case offers: court-linked kinds only on court-linked cases, performance and judicial
 * confirmation only once there is an agreement. Transitions have no form: the workflow writes them.
 */
import type { TablerIcon } from '@tabler/icons-react'
import type { ComponentType } from 'react'
import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import { AgreementForm } from './AgreementForm'
import { CourtReferralForm } from './CourtReferralForm'
import { CourtReportForm } from './CourtReportForm'
import { EscalationForm } from './EscalationForm'
import { ExtensionForm } from './ExtensionForm'
import type { FormKind } from './form-support'
import { InvestigationForm } from './InvestigationForm'
import { JudicialConfirmationForm } from './JudicialConfirmationForm'
import { MediatorChangeForm } from './MediatorChangeForm'
import { NoticeForm } from './NoticeForm'
import { PerformanceForm } from './PerformanceForm'
import { PreventionForm } from './PreventionForm'
import { RECORD_ICONS } from './record-icons'
import { RiskForm } from './RiskForm'
import { SessionForm } from './SessionForm'
import { TerminationForm } from './TerminationForm'
import { TransferForm } from './TransferForm'
import type { RecordFormWithRecordsProps } from './types'
import { VisitForm } from './VisitForm'

export type { FormKind as RecordFormKind }

/** Menu sections (labels: `records.groups.<group>`). */
export const RECORD_FORM_GROUPS = ['process', 'court', 'risk', 'management'] as const
export type RecordFormGroup = (typeof RECORD_FORM_GROUPS)[number]

export interface RecordFormEntry {
  /** Every form takes these props; only PerformanceForm reads `records`. */
  component: ComponentType<RecordFormWithRecordsProps>
  icon: TablerIcon
  group: RecordFormGroup
}

/** In the order a case usually runs; labels: `records.kinds.<kind>`. */
export const RECORD_FORMS: Record<FormKind, RecordFormEntry> = {
  notice: { component: NoticeForm, icon: RECORD_ICONS.notice, group: 'process' },
  investigation: { component: InvestigationForm, icon: RECORD_ICONS.investigation, group: 'process' },
  session: { component: SessionForm, icon: RECORD_ICONS.session, group: 'process' },
  agreement: { component: AgreementForm, icon: RECORD_ICONS.agreement, group: 'process' },
  performance: { component: PerformanceForm, icon: RECORD_ICONS.performance, group: 'process' },
  visit: { component: VisitForm, icon: RECORD_ICONS.visit, group: 'process' },
  termination: { component: TerminationForm, icon: RECORD_ICONS.termination, group: 'process' },
  'court-referral': { component: CourtReferralForm, icon: RECORD_ICONS['court-referral'], group: 'court' },
  'court-report': { component: CourtReportForm, icon: RECORD_ICONS['court-report'], group: 'court' },
  'judicial-confirmation': {
    component: JudicialConfirmationForm,
    icon: RECORD_ICONS['judicial-confirmation'],
    group: 'court',
  },
  risk: { component: RiskForm, icon: RECORD_ICONS.risk, group: 'risk' },
  prevention: { component: PreventionForm, icon: RECORD_ICONS.prevention, group: 'risk' },
  escalation: { component: EscalationForm, icon: RECORD_ICONS.escalation, group: 'risk' },
  'mediator-change': {
    component: MediatorChangeForm,
    icon: RECORD_ICONS['mediator-change'],
    group: 'management',
  },
  transfer: { component: TransferForm, icon: RECORD_ICONS.transfer, group: 'management' },
  extension: { component: ExtensionForm, icon: RECORD_ICONS.extension, group: 'management' },
}

export const RECORD_FORM_KINDS = Object.keys(RECORD_FORMS) as FormKind[]

const COURT_ONLY: readonly FormKind[] = ['court-referral', 'court-report']
const NEEDS_AGREEMENT: readonly FormKind[] = ['performance', 'judicial-confirmation']

export function isCourtLinked(kind: Case['kind']): boolean {
  return kind === 'court-delegated' || kind === 'court-entrusted'
}

/** The kinds this case offers to add now, in RECORD_FORMS order. */
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
