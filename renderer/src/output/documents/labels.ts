/**
 * Chinese wording of the case vocabularies on documents. Documents are always Chinese, whatever
 * the interface language, so the labels come from the zh-CN messages (one source for both).
 */
import { zhCN } from '../../i18n/zh-CN'

const r = zhCN.records

export const LABELS = {
  kind: zhCN.kind,
  status: zhCN.status,
  source: zhCN.source,
  disputeType: zhCN.disputeType,
  sector: zhCN.sector,
  role: zhCN.role,
  gender: zhCN.gender,
  idType: zhCN.idType,
  noticeMethod: r.notice.methods,
  sessionOutcome: r.session.outcomes,
  visitMethod: r.visit.methods,
  visitPerformed: r.visit.performedOptions,
  terminationReason: r.termination.reasons,
  route: r.termination.routeOptions,
  courtResult: r['court-report'].results,
  courtRequest: r['court-report'].requests,
  sessionNoticeMethod: r['session-notice'].methods,
  agreementForm: r.agreement.forms,
  recordKind: r.kinds,
} as const

export const OUTCOME_LABELS = { agreed: '调解成功', terminated: '调解终止', rejected: '不予受理' } as const
