/** How the court-linked records read: the referral, the report back, judicial confirmation. */
import type { RecordViewFn } from './view-support'

export const courtReferralView: RecordViewFn<'court-referral'> = ({ data: d }, { t, label: L }) => [
  { label: L('court'), value: d.court },
  { label: L('letterNo'), value: d.letterNo },
  { label: L('referredAt'), value: d.referredAt },
  { label: L('deadline'), value: d.deadline || t('records.court-referral.noDeadline') },
  ...(d.procedure
    ? [{ label: L('procedure'), value: t(`records.court-referral.procedures.${d.procedure}`) }]
    : []),
]

export const courtReportView: RecordViewFn<'court-report'> = ({ data: d }, { t, label: L }) => [
  { label: L('reportedAt'), value: d.reportedAt },
  { label: L('result'), value: t(`records.court-report.results.${d.result}`) },
  ...(d.request ? [{ label: L('request'), value: t(`records.court-report.requests.${d.request}`) }] : []),
  { label: L('note'), value: d.note, long: true },
]

/** The application; an older record may carry the ruling inside (now a record of its own). */
export const judicialConfirmationView: RecordViewFn<'judicial-confirmation'> = (
  { data: d },
  { t, label: L },
) => [
  { label: L('appliedAt'), value: d.appliedAt },
  { label: L('court'), value: d.court },
  { label: L('courtCaseNo'), value: d.courtCaseNo },
  ...(d.ruling !== 'pending'
    ? [
        { label: L('ruling'), value: t(`records.judicial-confirmation.rulings.${d.ruling}`) },
        { label: L('rulingAt'), value: d.rulingAt },
      ]
    : []),
]
