/**
 * How the records added for performance, 司法确认 rulings, traffic and 治安 cases and 群体性纠纷 read.
 */
import { localTime, type RecordViewFn } from './view-support'

export const urgeView: RecordViewFn<'urge'> = ({ data: d }, { t, label: L }) => [
  { label: L('at'), value: d.at },
  { label: L('method'), value: t(`records.urge.methods.${d.method}`) },
  { label: L('promisedDate'), value: d.promisedDate },
  { label: L('content'), value: d.content, long: true },
]

export const nonPerformanceView: RecordViewFn<'non-performance'> = ({ data: d }, { t, label: L }) => [
  { label: L('notifiedAt'), value: d.notifiedAt },
  {
    label: L('routes'),
    value: d.routes.map((r) => t(`records.non-performance.routeOptions.${r}`)).join('；'),
    long: true,
  },
  { label: L('note'), value: d.note, long: true },
]

export const confirmationRulingView: RecordViewFn<'confirmation-ruling'> = ({ data: d }, { t, label: L }) => [
  { label: L('ruling'), value: t(`records.confirmation-ruling.rulings.${d.ruling}`) },
  { label: L('rulingAt'), value: d.rulingAt },
  { label: L('courtCaseNo'), value: d.courtCaseNo },
  { label: L('reason'), value: d.reason, long: true },
]

export const accidentReportView: RecordViewFn<'accident-report'> = ({ data: d }, { label: L }) => [
  { label: L('receivedAt'), value: d.receivedAt },
  { label: L('reportNo'), value: d.reportNo },
  { label: L('appliedAt'), value: d.appliedAt },
]

export const lossFixedView: RecordViewFn<'loss-fixed'> = ({ data: d }, { t, label: L }) => [
  { label: L('event'), value: t(`records.loss-fixed.events.${d.event}`) },
  { label: L('at'), value: d.at },
  { label: L('note'), value: d.note, long: true },
]

export const sessionNoticeView: RecordViewFn<'session-notice'> = ({ data: d }, { t, label: L }) => [
  { label: L('sessionDate'), value: localTime(d.sessionDate) },
  { label: L('place'), value: d.place },
  { label: L('notifiedAt'), value: d.notifiedAt || t('records.session-notice.notYet') },
  { label: L('method'), value: t(`records.session-notice.methods.${d.method}`) },
]

export const policeReturnView: RecordViewFn<'police-return'> = ({ data: d }, { t, label: L }) => [
  { label: L('at'), value: d.at },
  { label: L('reason'), value: t(`records.police-return.reasons.${d.reason}`) },
  { label: L('litigationTold'), value: d.litigationTold ? '✓' : '—' },
  { label: L('note'), value: d.note, long: true },
]

export const massDisputeView: RecordViewFn<'mass-dispute'> = ({ data: d }, { label: L }) => [
  { label: L('persons'), value: String(d.persons) },
  { label: L('note'), value: d.note, long: true },
]
