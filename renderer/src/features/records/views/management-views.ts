/**
 * How the records that manage a case read: a change of mediator, the co-mediators as one sentence
 * ("协同调解员：A、B"), a transfer, an extension, and a status change as one sentence ("由 X 将状态从
 * A 改为 B：理由").
 */
import { partyNames, userName, type RecordViewFn } from './view-support'

export const mediatorChangeView: RecordViewFn<'mediator-change'> = (
  { data: d },
  { t, label: L, directory },
) => [
  { label: L('kind'), value: t(`records.mediator-change.kinds.${d.kind}`) },
  { label: L('toUser'), value: userName(directory, d.toUserId) },
  { label: L('reason'), value: d.reason, long: true },
]

export const coMediatorsView: RecordViewFn<'co-mediators'> = ({ data: d }, { t, directory }) => {
  const names = d.userIds.map((id) => userName(directory, id)).join(t('records.co-mediators.separator'))
  const sentence = d.userIds.length
    ? t('records.co-mediators.summary', { names })
    : t('records.co-mediators.cleared')
  return d.note ? t('records.co-mediators.withNote', { sentence, note: d.note }) : sentence
}

export const transferView: RecordViewFn<'transfer'> = ({ data: d }, { label: L }) => [
  { label: L('to'), value: d.to },
  { label: L('at'), value: d.at },
  { label: L('reason'), value: d.reason, long: true },
]

export const extensionView: RecordViewFn<'extension'> = ({ data: d }, { t, label: L, caseData }) => [
  { label: L('days'), value: String(d.days) },
  {
    label: L('consentedBy'),
    // Extensions recorded before consent was kept say so.
    value: d.consentedBy.length
      ? t('records.extension.consent', { names: partyNames(caseData, d.consentedBy), date: d.consentAt })
      : t('records.extension.noConsent'),
    long: true,
  },
  { label: L('reason'), value: d.reason, long: true },
]

export const transitionView: RecordViewFn<'transition'> = ({ data: d, createdBy }, { t, directory }) => {
  const who = userName(directory, createdBy, d.byName)
  const sentence = t('records.transition.summary', {
    who,
    from: t(`status.${d.from}`, { defaultValue: d.from }),
    to: t(`status.${d.to}`, { defaultValue: d.to }),
  })
  return sentence + (d.reason ? t('records.transition.reason', { reason: d.reason }) : '')
}
