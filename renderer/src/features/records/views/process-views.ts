/** How the records of a mediation's course read: notice, investigation, session, visit, termination. */
import { localTime, partyNames, type RecordViewFn } from './view-support'
import { partyName } from '../form-support'

export const noticeView: RecordViewFn<'notice'> = ({ data: d }, { t, label: L, caseData }) => [
  { label: L('at'), value: localTime(d.at) },
  { label: L('method'), value: t(`records.notice.methods.${d.method}`) },
  { label: L('acknowledgedBy'), value: partyNames(caseData, d.acknowledgedBy) },
  { label: L('note'), value: d.note, long: true },
]

export const investigationView: RecordViewFn<'investigation'> = ({ data: d }, { label: L }) => [
  { label: L('at'), value: localTime(d.at) },
  { label: L('place'), value: d.place },
  { label: L('investigators'), value: d.investigators },
  { label: L('subject'), value: d.subject },
  { label: L('content'), value: d.content, long: true },
]

export const sessionView: RecordViewFn<'session'> = ({ data: d }, { t, label: L, caseData }) => [
  { label: L('at'), value: localTime(d.at) },
  { label: L('place'), value: d.place },
  { label: L('outcome'), value: t(`records.session.outcomes.${d.outcome}`) },
  { label: L('participants'), value: d.participants, long: true },
  ...d.statements
    .filter((s) => s.text.trim() !== '')
    .map((s) => ({
      label: t('records.session.statementOf', { name: partyName(caseData, s.partyId) }),
      value: s.text,
      long: true,
    })),
  { label: L('mediatorPoints'), value: d.mediatorPoints, long: true },
  { label: L('notes'), value: d.notes, long: true },
]

export const visitView: RecordViewFn<'visit'> = ({ data: d }, { t, label: L }) => [
  { label: L('at'), value: localTime(d.at) },
  { label: L('method'), value: t(`records.visit.methods.${d.method}`) },
  { label: L('visited'), value: d.visited },
  { label: L('performed'), value: t(`records.visit.performedOptions.${d.performed}`) },
  { label: L('content'), value: d.content, long: true },
]

export const terminationView: RecordViewFn<'termination'> = ({ data: d }, { t, label: L }) => [
  { label: L('reason'), value: t(`records.termination.reasons.${d.reason}`) },
  { label: L('notifiedAt'), value: d.notifiedAt },
  {
    label: L('routes'),
    value: d.routes.map((r) => t(`records.termination.routeOptions.${r}`)).join('、'),
  },
  ...(d.returnToCourt ? [{ label: L('returnToCourt'), value: '✓' }] : []),
  { label: L('note'), value: d.note, long: true },
]
