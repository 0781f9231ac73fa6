/**
 * Every record kind in one place: its icon, how it reads (its view), and — for the kinds a person
 * records — its form and the menu section it is offered in. Transitions have no form: the workflow
 * writes them. The order is the order a case usually runs, and the order of the "add record" menu.
 */
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconBellRinging,
  IconCalendarEvent,
  IconCar,
  IconClipboardCheck,
  IconScale,
  IconShieldX,
  IconUsersGroup,
  IconArrowForwardUp,
  IconArrowsExchange,
  IconBuildingBank,
  IconCalendarPlus,
  IconCircleX,
  IconFileCertificate,
  IconFileReport,
  IconGavel,
  IconMessages,
  IconPhoneCall,
  IconReceipt,
  IconSearch,
  IconShieldCheck,
  IconSpeakerphone,
  IconUrgent,
  IconUserShare,
  IconUsersPlus,
  type TablerIcon,
} from '@tabler/icons-react'
import type { ComponentType } from 'react'
import type { RecordKind } from '../../domain/cases/records'
import { AgreementForm } from './AgreementForm'
import { AccidentReportForm, LossFixedForm, PoliceReturnForm, SessionNoticeForm } from './CaseSectorForms'
import { ConfirmationRulingForm } from './ConfirmationRulingForm'
import { CoMediatorsForm } from './CoMediatorsForm'
import { MassDisputeForm } from './MassDisputeForm'
import { NonPerformanceForm, UrgeForm } from './PerformanceFollowUpForms'
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
import { RiskForm } from './RiskForm'
import { SessionForm } from './SessionForm'
import { TerminationForm } from './TerminationForm'
import { TransferForm } from './TransferForm'
import type { RecordFormWithRecordsProps } from './types'
import { VisitForm } from './VisitForm'
import { agreementView, performanceView } from './views/agreement-views'
import { courtReferralView, courtReportView, judicialConfirmationView } from './views/court-views'
import {
  coMediatorsView,
  extensionView,
  mediatorChangeView,
  transferView,
  transitionView,
} from './views/management-views'
import { investigationView, noticeView, sessionView, terminationView, visitView } from './views/process-views'
import { escalationView, preventionView, riskView } from './views/risk-views'
import {
  accidentReportView,
  confirmationRulingView,
  lossFixedView,
  massDisputeView,
  nonPerformanceView,
  policeReturnView,
  sessionNoticeView,
  urgeView,
} from './views/followup-views'
import type { RecordViewFn } from './views/view-support'

export type { FormKind as RecordFormKind }

/** Menu sections (labels: `records.groups.<group>`). */
export const RECORD_FORM_GROUPS = ['process', 'court', 'risk', 'management'] as const
export type RecordFormGroup = (typeof RECORD_FORM_GROUPS)[number]

interface FormSpec {
  /** Every form takes these props; only PerformanceForm reads `records`. */
  component: ComponentType<RecordFormWithRecordsProps>
  group: RecordFormGroup
}

/** What the app knows of one record kind (labels: `records.kinds.<kind>`). */
export type RecordKindEntry<K extends RecordKind = RecordKind> = {
  icon: TablerIcon
  view: RecordViewFn<K>
} & (K extends FormKind ? FormSpec : { component?: undefined; group?: undefined })

/** A kind a person records through a form. */
export type RecordFormEntry<K extends FormKind = FormKind> = RecordKindEntry<K>

export const RECORD_REGISTRY: { [K in RecordKind]: RecordKindEntry<K> } = {
  notice: { icon: IconSpeakerphone, view: noticeView, component: NoticeForm, group: 'process' },
  investigation: {
    icon: IconSearch,
    view: investigationView,
    component: InvestigationForm,
    group: 'process',
  },
  session: { icon: IconMessages, view: sessionView, component: SessionForm, group: 'process' },
  agreement: { icon: IconFileCertificate, view: agreementView, component: AgreementForm, group: 'process' },
  'accident-report': {
    icon: IconCar,
    view: accidentReportView,
    component: AccidentReportForm,
    group: 'process',
  },
  'loss-fixed': { icon: IconClipboardCheck, view: lossFixedView, component: LossFixedForm, group: 'process' },
  'session-notice': {
    icon: IconCalendarEvent,
    view: sessionNoticeView,
    component: SessionNoticeForm,
    group: 'process',
  },
  performance: { icon: IconReceipt, view: performanceView, component: PerformanceForm, group: 'process' },
  urge: { icon: IconBellRinging, view: urgeView, component: UrgeForm, group: 'process' },
  'non-performance': {
    icon: IconAlertOctagon,
    view: nonPerformanceView,
    component: NonPerformanceForm,
    group: 'process',
  },
  visit: { icon: IconPhoneCall, view: visitView, component: VisitForm, group: 'process' },
  termination: { icon: IconCircleX, view: terminationView, component: TerminationForm, group: 'process' },
  'police-return': {
    icon: IconShieldX,
    view: policeReturnView,
    component: PoliceReturnForm,
    group: 'process',
  },
  'court-referral': {
    icon: IconBuildingBank,
    view: courtReferralView,
    component: CourtReferralForm,
    group: 'court',
  },
  'court-report': { icon: IconFileReport, view: courtReportView, component: CourtReportForm, group: 'court' },
  'judicial-confirmation': {
    icon: IconGavel,
    view: judicialConfirmationView,
    component: JudicialConfirmationForm,
    group: 'court',
  },
  'confirmation-ruling': {
    icon: IconScale,
    view: confirmationRulingView,
    component: ConfirmationRulingForm,
    group: 'court',
  },
  risk: { icon: IconAlertTriangle, view: riskView, component: RiskForm, group: 'risk' },
  prevention: { icon: IconShieldCheck, view: preventionView, component: PreventionForm, group: 'risk' },
  escalation: { icon: IconUrgent, view: escalationView, component: EscalationForm, group: 'risk' },
  'mass-dispute': { icon: IconUsersGroup, view: massDisputeView, component: MassDisputeForm, group: 'risk' },
  'mediator-change': {
    icon: IconUserShare,
    view: mediatorChangeView,
    component: MediatorChangeForm,
    group: 'management',
  },
  'co-mediators': {
    icon: IconUsersPlus,
    view: coMediatorsView,
    component: CoMediatorsForm,
    group: 'management',
  },
  transfer: { icon: IconArrowForwardUp, view: transferView, component: TransferForm, group: 'management' },
  extension: { icon: IconCalendarPlus, view: extensionView, component: ExtensionForm, group: 'management' },
  transition: { icon: IconArrowsExchange, view: transitionView },
}

/** The kinds with a form, keyed by kind (the same entries as the registry). */
export const RECORD_FORMS: { [K in FormKind]: RecordFormEntry<K> } = RECORD_REGISTRY

/** The kinds with a form, in menu order. */
export const RECORD_FORM_KINDS: FormKind[] = Object.keys(RECORD_REGISTRY).filter(
  (k): k is FormKind => k !== 'transition',
)
