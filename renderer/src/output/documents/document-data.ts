/**
 * Assembles what documents print from a case: its registration, parties, records (the latest of
 * each kind, or the one a per-record document is made from), the mediator and the organisation.
 * Every documented field (domain/documents/fields.ts) gets a value, '' when the case has none.
 */
import type { Case } from '../../domain/cases/case'
import { mediatorsOf } from '../../domain/cases/co-mediators'
import type { Party } from '../../domain/cases/party'
import {
  isRecordOf,
  obligorsOf,
  recordsOf,
  type CaseRecord,
  type RecordData,
  type RecordKind,
} from '../../domain/cases/records'
import { SCALAR_FIELDS, type ListSource, type ScalarField } from '../../domain/documents/fields'
import { DEFAULT_RETENTION, RETENTION_LABELS, retentionOf } from '../../domain/documents/retention'
import {
  applicableRules,
  DEFAULT_DEADLINE_RULES,
  defaultHolidayCalendar,
  dueDateOf,
} from '../../domain/deadlines'
import { localDateOf, todayIso } from '../../domain/shared/dates'
import {
  chineseCount,
  chineseDate,
  chineseDateOfInstant,
  chineseDateTime,
  moneyCapitals,
  moneyFigures,
} from './format'
import { LABELS, OUTCOME_LABELS } from './labels'
import { BLANK } from './model'

import type { AssembleOptions, CaseDetail, DocumentData } from './document-types'

export type {
  ArchiveOptions,
  AssembleOptions,
  CaseDetail,
  ContentsEntry,
  DocumentData,
  SignerParty,
} from './document-types'

const COURT_KIND_WORD: Partial<Record<Case['kind'], string>> = {
  'court-delegated': '委派',
  'court-entrusted': '委托',
}

/** The day a traffic mediation runs from, as the 调解书 words it (实施条例 Art. 94). */
const LOSS_EVENT_WORDS = {
  'funeral-ended': '办理丧葬事宜结束',
  'treatment-ended': '治疗终结',
  'disability-assessed': '定残',
  'loss-determined': '确定损失',
} as const

const join = (items: string[], sep = '，') => items.filter((s) => s.trim() !== '').join(sep)

function partyDetails(p: Party): string {
  if (p.type === 'organisation') {
    return join([
      `统一社会信用代码${p.creditCode}`,
      p.address && `住所地${p.address}`,
      `法定代表人${p.legalRepresentative}`,
      p.phone && `联系电话${p.phone}`,
    ])
  }
  return join([
    LABELS.gender[p.gender],
    p.ethnicity,
    p.birthDate && `${chineseDate(p.birthDate)}出生`,
    p.occupation,
    p.address && `住${p.address}`,
    p.idNumber && `${LABELS.idType[p.idType]}号码${p.idNumber}`,
    p.phone && `联系电话${p.phone}`,
    p.guardian ? `监护人${p.guardian.name}（${p.guardian.relation}）` : '',
  ])
}

function partyFields(p: Party): Record<string, string> {
  const agent = p.type === 'person' && p.agent ? p.agent : null
  return {
    'party.role': LABELS.role[p.role],
    'party.name': p.name,
    'party.details': partyDetails(p),
    'party.phone': p.phone,
    'party.address': p.address,
    'party.idNumber': p.type === 'person' ? p.idNumber : p.creditCode,
    'party.agent': agent
      ? `委托代理人：${join([agent.name, agent.phone && `联系电话${agent.phone}`])}。`
      : '',
    'party.agentName': agent ? agent.name : '',
    'party.serviceAddress': p.address || BLANK,
    'party.contact': p.phone || BLANK,
    'party.agentPhone': agent ? agent.phone || BLANK : '',
    'party.agentIdNumber': agent ? agent.idNumber || BLANK : '',
  }
}

export function assembleDocumentData(detail: CaseDetail, options: AssembleOptions = {}): DocumentData {
  const { case: c, records, organisation, userNames } = detail
  const name = (userId: string) => userNames[userId] ?? ''
  const chosen = options.recordId ? records.find((r) => r.id === options.recordId) : undefined
  /** The chosen record when it is of this kind, else the latest one. */
  function pick<K extends RecordKind>(kind: K): CaseRecord<K> | undefined {
    if (chosen && isRecordOf(chosen, kind)) return chosen
    return recordsOf(records, kind).at(-1)
  }
  const data = <K extends RecordKind>(kind: K): Partial<RecordData<K>> => pick(kind)?.data ?? {}

  /** The document's own language: a term every party owes reads 各方当事人. */
  const obligorText = (id: string) => {
    const o = obligorsOf(c.parties, id)
    return o.all
      ? '各方当事人'
      : join(
          o.parties.map((p) => p.name),
          '、',
        )
  }
  const names = (role?: Party['role']) =>
    join(
      c.parties.filter((p) => !role || p.role === role).map((p) => p.name),
      '、',
    )

  const notice = data('notice')
  const investigation = data('investigation')
  const session = data('session')
  const agreement = data('agreement')
  const visit = data('visit')
  const termination = data('termination')
  const judicial = data('judicial-confirmation')
  const referral = data('court-referral')
  const report = data('court-report')
  const sessionNotice = data('session-notice')
  const accident = data('accident-report')
  const lossFixed = data('loss-fixed')
  // 调解会通知: the rule of issue 13 (traffic: 3 days before the session) — the latest day to tell the parties.
  const noticeRule = applicableRules(
    detail.deadlineRules ?? DEFAULT_DEADLINE_RULES,
    c.kind,
    c.sector,
    c.procedure,
  ).find((r) => r.purpose === 'session-notice')
  const latestNotice =
    noticeRule && sessionNotice.sessionDate
      ? dueDateOf(noticeRule, sessionNotice.sessionDate, defaultHolidayCalendar())
      : ''
  const terms = agreement.terms ?? []
  const total = terms.reduce((sum, t) => sum + t.amountFen, 0)
  const transitions = recordsOf(records, 'transition')
  const rejection = transitions.filter((t) => t.data.to === 'rejected').at(-1)
  const closing = transitions.filter((t) => t.data.to === 'closed').at(-1)
  // The lead first, then the co-mediators: `case.mediator` names them all, each signs in a slot.
  const mediators = mediatorsOf(c).map(name)
  const mediator = mediators[0] ?? ''
  /** The 记录人 chosen on the record; older records name whoever entered them. */
  const recorderOf = (r: CaseRecord | undefined): string => {
    if (!r) return ''
    const d: Readonly<Record<string, unknown>> = r.data
    return name(typeof d.recorderId === 'string' && d.recorderId ? d.recorderId : r.createdBy)
  }

  const acceptedDate = chineseDate(c.events.accepted ?? '')
  const closedDate = closing
    ? chineseDateOfInstant(closing.createdAt)
    : chineseDate(termination.notifiedAt ?? '')
  const disputeName = `${LABELS.disputeType[c.disputeType]}纠纷`
  const volumeTitle =
    names('applicant') && names('respondent')
      ? `${names('applicant')}与${names('respondent')}${disputeName}`
      : `${names()}${disputeName}`
  const hasAgreement = records.some((r) => r.kind === 'agreement')

  const fields: Record<ScalarField, string> = {
    'organisation.name': detail.issuer?.name || organisation.name,
    'organisation.region': organisation.region ?? '',
    'case.number': c.caseNo,
    'case.kind': LABELS.kind[c.kind],
    // 司法确认 (人民调解法 Art. 33; 法释〔2016〕14号 for 委派) is open to these kinds only: an agent's
    // power to apply for it is printed there and nowhere else (委托调解 ends in the court's 调解书).
    'case.judicialConfirmationPower':
      c.kind === 'people' || c.kind === 'court-delegated' ? '，代为申请司法确认' : '',
    'case.sector': c.sector ? LABELS.sector[c.sector] : '',
    'case.source': LABELS.source[c.source],
    'case.disputeType': LABELS.disputeType[c.disputeType],
    'case.facts': c.facts,
    'case.requests': c.requests,
    'case.registeredDate': chineseDate(c.events.registered ?? localDateOf(c.createdAt)),
    'case.acceptedDate': acceptedDate,
    'case.closedDate': closedDate,
    'case.outcome': c.outcome ? OUTCOME_LABELS[c.outcome] : '',
    'case.status': LABELS.status[c.status],
    'case.mediator': mediators.filter((m) => m !== '').join('、'),
    'parties.names': names(),
    'applicants.names': names('applicant'),
    'respondents.names': names('respondent'),
    'parties.count': String(c.parties.length),
    'copies.count': chineseCount(c.parties.length + 1),
    'date.today': chineseDate(options.today ?? todayIso()),
    'notice.date': chineseDate(notice.at ?? ''),
    'notice.method': notice.method ? LABELS.noticeMethod[notice.method] : '',
    'investigation.date': chineseDateTime(investigation.at ?? ''),
    'investigation.place': investigation.place ?? '',
    'investigation.investigators': investigation.investigators ?? '',
    'investigation.subject': investigation.subject ?? '',
    'investigation.content': investigation.content ?? '',
    'investigation.recorder': recorderOf(pick('investigation')),
    'session.date': chineseDateTime(session.at ?? ''),
    'session.place': session.place ?? '',
    'session.participants': session.participants ?? '',
    'session.mediatorPoints': session.mediatorPoints ?? '',
    'session.outcome': session.outcome ? LABELS.sessionOutcome[session.outcome] : '',
    'session.notes': session.notes ?? '',
    'session.recorder': recorderOf(pick('session')),
    'session.cause': pick('session') ? session.cause || `${LABELS.disputeType[c.disputeType]}纠纷` : '',
    'session.present': join(
      (session.presentPartyIds ?? []).map((id) => {
        const p = c.parties.find((x) => x.id === id)
        return p ? `${LABELS.role[p.role]}${p.name}` : ''
      }),
      '、',
    ),
    'agreement.form': agreement.form ? LABELS.agreementForm[agreement.form] : '',
    'agreement.facts': agreement.facts || (pick('agreement') ? c.facts : ''),
    'agreement.responsibilities': agreement.responsibilities ?? '',
    'agreement.effectiveDate': chineseDate(agreement.effectiveDate ?? ''),
    'agreement.totalFigures': pick('agreement') ? moneyFigures(total) : '',
    'agreement.totalCapitals': pick('agreement') ? moneyCapitals(total) : '',
    'agreement.termCount': terms.length ? String(terms.length) : '',
    'agreement.recorder': recorderOf(pick('agreement')),
    'visit.date': chineseDateTime(visit.at ?? ''),
    'visit.method': visit.method ? LABELS.visitMethod[visit.method] : '',
    'visit.visited': visit.visited ?? '',
    'visit.content': visit.content ?? '',
    'visit.performed': visit.performed ? LABELS.visitPerformed[visit.performed] : '',
    'visit.visitor': name(pick('visit')?.createdBy ?? ''),
    'termination.reason': termination.reason ? LABELS.terminationReason[termination.reason] : '',
    'termination.routes': join(
      (termination.routes ?? []).map((r) => LABELS.route[r]),
      '、',
    ),
    'termination.date': chineseDate(termination.notifiedAt ?? ''),
    'termination.note': termination.note ?? '',
    'judicial.appliedDate': chineseDate(judicial.appliedAt ?? ''),
    'judicial.court': judicial.court ?? '',
    'judicial.courtCaseNo': judicial.courtCaseNo ?? '',
    // Always printed: a blank to fill in by hand when the court or the date is not known yet.
    'judicial.courtLine': judicial.court || `${BLANK}人民法院`,
    'judicial.dateLine': judicial.appliedAt ? chineseDate(judicial.appliedAt) : '____年__月__日',
    'court.name': referral.court ?? '',
    'court.letterNo': referral.letterNo ?? '',
    'court.referredDate': chineseDate(referral.referredAt ?? ''),
    'court.deadline': chineseDate(referral.deadline ?? ''),
    'court.referralKind': COURT_KIND_WORD[c.kind] ?? '',
    'report.date': chineseDate(report.reportedAt ?? ''),
    'report.result': report.result ? LABELS.courtResult[report.result] : '',
    'report.note': report.note ?? '',
    // What the parties ask of the court: asked only of an agreement (else 无); unknown: a blank to fill in.
    'report.request': report.request
      ? LABELS.courtRequest[report.request]
      : report.result && report.result !== 'agreed'
        ? LABELS.courtRequest['']
        : '',
    'sessionNotice.date': chineseDate(sessionNotice.sessionDate ?? ''),
    'sessionNotice.place': sessionNotice.place ?? '',
    'sessionNotice.notifiedDate': chineseDate(sessionNotice.notifiedAt ?? ''),
    'sessionNotice.method': sessionNotice.method ? LABELS.sessionNoticeMethod[sessionNotice.method] : '',
    'sessionNotice.latestDate': chineseDate(latestNotice),
    'sessionNotice.deadlineNote':
      noticeRule && c.sector === 'traffic'
        ? `根据《道路交通事故处理程序规定》，本机关应当于调解${chineseCount(noticeRule.length)}日前将调解的时间、地点通知各方当事人${latestNotice ? `，本通知最迟于${chineseDate(latestNotice)}送达` : ''}。`
        : '',
    'traffic.reportNo': accident.reportNo ?? '',
    'traffic.reportReceivedDate': chineseDate(accident.receivedAt ?? ''),
    'traffic.appliedDate': chineseDate(accident.appliedAt ?? ''),
    'traffic.lossEvent': lossFixed.event ? LOSS_EVENT_WORDS[lossFixed.event] : '',
    'traffic.lossFixedDate': chineseDate(lossFixed.at ?? ''),
    'decision.rejectReason': rejection?.data.reason ?? '',
    'decision.rejectedDate': rejection ? chineseDateOfInstant(rejection.createdAt) : '',
    'archive.documentCount': options.archive ? String(options.archive.entries.length) : '',
    'archive.pageCount': options.archive ? String(options.archive.pageCount) : '',
    'archive.title': options.archive?.title?.trim() || volumeTitle,
    'archive.compiler': options.archive?.compiler?.trim() || mediator,
    // From acceptance to closing; an end not reached yet is a blank to fill in by hand.
    'archive.period': acceptedDate ? `${acceptedDate}至${closedDate || '____年__月__日'}` : '',
    'archive.retention':
      RETENTION_LABELS[retentionOf(options.retention ?? DEFAULT_RETENTION, c.kind, hasAgreement)],
    'archive.note': options.archive?.note?.trim() ?? '',
  }

  const parties = c.parties.map(partyFields)
  const termTitle = new Map(terms.map((t, i) => [t.id, `${i + 1}. ${t.description}`]))
  const lists: Record<ListSource, Record<string, string>[]> = {
    parties,
    applicants: parties.filter((_, i) => c.parties[i]?.role === 'applicant'),
    respondents: parties.filter((_, i) => c.parties[i]?.role === 'respondent'),
    principals: parties.filter((p) => p['party.agentName'] !== ''),
    statements: (session.statements ?? [])
      .filter((s) => s.text.trim() !== '')
      .map((s) => {
        const p = c.parties.find((x) => x.id === s.partyId)
        return {
          'statement.party': p ? `${LABELS.role[p.role]}${p.name}` : '',
          'statement.text': s.text,
        }
      }),
    terms: terms.map((t, i) => ({
      'term.index': String(i + 1),
      'term.ordinal': chineseCount(i + 1),
      'term.description': t.description,
      'term.amountFigures': t.amountFen > 0 ? moneyFigures(t.amountFen) : '',
      'term.amountCapitals': t.amountFen > 0 ? moneyCapitals(t.amountFen) : '',
      'term.manner': t.manner,
      'term.dueDate': chineseDate(t.dueDate),
      'term.obligor': obligorText(t.obligorPartyId),
      'term.place': t.place ?? '',
    })),
    performances: recordsOf(records, 'performance').map((r) => ({
      'performance.date': chineseDate(r.data.at),
      'performance.term': termTitle.get(r.data.termId) ?? '',
      'performance.amountFigures': moneyFigures(r.data.amountFen),
      'performance.amountCapitals': moneyCapitals(r.data.amountFen),
      'performance.note': r.data.note,
      'performance.receiptNo': r.data.receiptNo,
    })),
    contents: (options.archive?.entries ?? []).map((e) => ({
      'entry.index': String(e.index),
      'entry.title': e.title,
      'entry.date': e.date,
      'entry.pages': e.pages,
      'entry.note': e.note,
    })),
  }

  return {
    fields,
    lists,
    signers: {
      parties: c.parties.map((p, i) => ({
        id: p.id,
        role: p.role,
        type: p.type,
        name: p.name,
        legalRepresentative: p.type === 'organisation' ? p.legalRepresentative : '',
        guardian: p.type === 'person' && p.guardian ? p.guardian.name : '',
        agent: p.type === 'person' && p.agent ? p.agent.name : '',
        fields: parties[i] ?? {},
      })),
      mediators,
      recorder: chosen ? recorderOf(chosen) : mediator,
    },
  }
}

/** Every scalar field with its value: for the field list an administrator sees while editing. */
export function fieldValues(data: DocumentData): [ScalarField, string][] {
  return SCALAR_FIELDS.map((f) => [f, data.fields[f]])
}
