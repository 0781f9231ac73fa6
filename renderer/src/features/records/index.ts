export { AgreementForm } from './AgreementForm'
export { CoMediatorsForm } from './CoMediatorsForm'
export { CourtReferralForm } from './CourtReferralForm'
export { CourtReportForm } from './CourtReportForm'
export { EscalationForm } from './EscalationForm'
export { ExtensionForm } from './ExtensionForm'
export { InvestigationForm } from './InvestigationForm'
export { JudicialConfirmationForm } from './JudicialConfirmationForm'
export { MediatorChangeForm } from './MediatorChangeForm'
export { NoticeForm } from './NoticeForm'
export { PerformanceForm } from './PerformanceForm'
export { PreventionForm } from './PreventionForm'
export { RiskForm } from './RiskForm'
export { SessionForm } from './SessionForm'
export { TerminationForm } from './TerminationForm'
export { TransferForm } from './TransferForm'
export { VisitForm } from './VisitForm'
export { RecordView, type RecordViewProps } from './RecordView'
export { RecordTimeline, type RecordTimelineProps } from './RecordTimeline'
export { isCourtLinked, offeredRecordKinds } from './offered-kinds'
export {
  RECORD_FORMS,
  RECORD_FORM_GROUPS,
  RECORD_FORM_KINDS,
  RECORD_REGISTRY,
  type RecordFormEntry,
  type RecordFormGroup,
  type RecordFormKind,
  type RecordKindEntry,
} from './registry'
export type { DirectoryEntry, RecordDisplay, RecordViewFn, ViewItem } from './views/view-support'
export type { RecordFormProps, RecordFormWithRecordsProps } from './types'
export { RecordFollowUpContext, type RecordFollowUp } from './record-follow-up'
