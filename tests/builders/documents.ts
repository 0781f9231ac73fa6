/**
 * Builders for the document engine: a whole case as documents see it (CaseDetail) with a record of
 * every kind — validated through the real schemas — and the case that suits each template (its
 * kind of mediation, its condition: written or oral agreement, persons only or with an organisation).
 */
import { caseRegistrationSchema, noFacts, type Case } from '../../renderer/src/domain/cases/case'
import type { AdminSector, DisputeType, MediationKind } from '../../renderer/src/domain/cases/catalogues'
import type { PartyInput } from '../../renderer/src/domain/cases/party'
import { parseRecord, type CaseRecord, type RecordKind } from '../../renderer/src/domain/cases/records'
import type { DocumentTemplate } from '../../renderer/src/domain/documents/template'
import type { CaseDetail } from '../../renderer/src/output/documents'
import { makeOrganisation, makePerson, makeRegistration } from './cases'
import * as rec from './records'

export const MEDIATOR_ID = 'user-mediator'
export const MEDIATOR_NAME = '刘调解'
export const RECORDER_ID = 'user-recorder'
export const RECORDER_NAME = '陈书记'
export const ORGANISATION = { name: '大连市甘井子区某街道人民调解委员会', region: '大连市甘井子区' }
/** The 行政机关 an administrative case's documents issue under. */
export const ADMIN_BODY = {
  id: 'admin-market',
  type: 'administrative' as const,
  name: '大连市甘井子区市场监督管理局',
}
/** 12,000 元 in the agreement: 壹万贰仟元整 in capitals. */
export const AGREED_FEN = 1_200_000

export interface DetailOptions {
  kind?: MediationKind
  parties?: PartyInput[]
  agreementForm?: 'written' | 'oral'
  /** 行政调解 only (default 消费): a traffic case also gets its 事故认定书 and loss-fixed records. */
  sector?: AdminSector
  disputeType?: DisputeType
}

let n = 0

export function makeCaseDetail({
  kind = 'people',
  parties,
  agreementForm = 'written',
  sector = 'consumer',
  disputeType,
}: DetailOptions = {}): CaseDetail {
  const referral = rec.courtReferral({ procedure: kind === 'court-entrusted' ? 'ordinary' : null })
  const registration = caseRegistrationSchema.parse(
    makeRegistration({
      kind,
      sector: kind === 'administrative' ? sector : null,
      ...(disputeType ? { disputeType } : {}),
      source: kind.startsWith('court-') ? 'court-referral' : 'party-application',
      courtReferral: kind.startsWith('court-') ? referral : null,
      parties: parties ?? [
        makePerson({ agent: { name: '赵代理', phone: '13900139000', idNumber: '', powerOfAttorney: true } }),
        makeOrganisation(),
      ],
    }),
  )
  const c: Case = {
    id: `case-${n + 1}`,
    caseNo: `（2026）甘${kind === 'administrative' ? '行' : '人'}调字第${String(++n).padStart(4, '0')}号`,
    year: 2026,
    seq: n,
    kind,
    sector: registration.sector,
    issuerId: kind === 'administrative' ? 'admin-market' : 'committee',
    status: 'closed',
    outcome: 'agreed',
    source: registration.source,
    disputeType: registration.disputeType,
    riskLevel: null,
    mediatorId: MEDIATOR_ID,
    events: { registered: '2026-03-01', accepted: '2026-03-02', 'agreement-effective': '2026-03-05' },
    extensionDays: 0,
    judicialConfirmationApplied: true,
    ...noFacts(),
    disputeSubtype: '',
    agreementForm: 'written',
    confirmation: 'applied',
    dueDate: '',
    facts: registration.facts,
    requests: registration.requests,
    parties: registration.parties,
    createdAt: '2026-03-01T01:00:00.000Z',
    updatedAt: '2026-04-01T01:00:00.000Z',
  }
  let r = 0
  const record = <K extends RecordKind>(kind: K, createdAt: string, data: unknown, by = MEDIATOR_ID) =>
    parseRecord({ id: `${c.id}-r${++r}`, caseId: c.id, createdAt, createdBy: by }, kind, data)
  const transition = (action: string, from: string, to: string, at: string, reason = '') =>
    record('transition', at, { action, from, to, reason, byName: MEDIATOR_NAME })
  const records: CaseRecord[] = [
    ...(kind.startsWith('court-') ? [record('court-referral', '2026-03-01T01:00:00.000Z', referral)] : []),
    transition(
      'reject',
      'registered',
      'rejected',
      '2026-03-01T02:00:00.000Z',
      '申请调解的事项不属于本机关调解范围',
    ),
    transition('accept', 'registered', 'accepted', '2026-03-02T01:00:00.000Z'),
    record('notice', '2026-03-02T02:00:00.000Z', rec.notice(c)),
    ...(c.sector === 'traffic'
      ? [
          record('accident-report', '2026-03-01T03:00:00.000Z', {
            receivedAt: '2026-02-26',
            reportNo: '第2102110000001号',
            appliedAt: '2026-03-01',
          }),
          record('loss-fixed', '2026-03-02T03:00:00.000Z', { event: 'treatment-ended', at: '2026-03-02' }),
        ]
      : []),
    record('session-notice', '2026-03-02T04:00:00.000Z', {
      sessionDate: '2026-03-05',
      place: '街道调解室',
      notifiedAt: '2026-03-02',
      method: 'written',
    }),
    record(
      'investigation',
      '2026-03-03T02:00:00.000Z',
      {
        at: rec.at('2026-03-03', '14:00'),
        place: '甘井子区某小区3号楼',
        investigators: '刘调解、陈书记',
        subject: '物业经理孙某',
        content: '经现场查看，楼上住户夜间施工属实，物业曾多次劝阻。',
      },
      RECORDER_ID,
    ),
    record('session', '2026-03-05T01:00:00.000Z', rec.session(c), RECORDER_ID),
    record('agreement', '2026-03-05T02:00:00.000Z', { ...rec.agreement(c, AGREED_FEN), form: agreementForm }),
    record('performance', '2026-03-18T02:00:00.000Z', {
      termId: 'term-1',
      at: '2026-03-18',
      amountFen: AGREED_FEN,
      note: '银行转账',
      receiptNo: '收据第00042号',
    }),
    record('judicial-confirmation', '2026-03-10T02:00:00.000Z', {
      appliedAt: '2026-03-10',
      court: '大连市甘井子区人民法院',
      courtCaseNo: '（2026）辽0211民特12号',
      ruling: 'confirmed',
      rulingAt: '2026-03-20',
    }),
    record('visit', '2026-04-01T02:00:00.000Z', rec.visit()),
    record('termination', '2026-03-09T02:00:00.000Z', rec.termination()),
    ...(kind.startsWith('court-')
      ? [
          record('court-report', '2026-03-15T02:00:00.000Z', {
            ...rec.courtReport(),
            request: kind === 'court-entrusted' ? 'mediation-document' : 'judicial-confirmation',
          }),
        ]
      : []),
    transition('close', 'visited', 'closed', '2026-04-02T01:00:00.000Z'),
  ]
  return {
    case: c,
    records,
    organisation: ORGANISATION,
    issuer:
      kind === 'administrative'
        ? ADMIN_BODY
        : { id: 'committee', type: 'committee', name: ORGANISATION.name },
    userNames: { [MEDIATOR_ID]: MEDIATOR_NAME, [RECORDER_ID]: RECORDER_NAME },
  }
}

/** A case that the template applies to and whose condition it meets. */
export function detailFor(template: DocumentTemplate): CaseDetail {
  const kind = template.appliesTo.includes('people') ? 'people' : (template.appliesTo[0] ?? 'people')
  const conditions = template.conditions
  const sector = conditions.find((c) => c.startsWith('sector-'))?.slice('sector-'.length) as
    AdminSector | undefined
  switch (true) {
    case sector !== undefined:
      return makeCaseDetail({ kind: 'administrative', sector })
    case conditions.includes('labour-dispute'):
      return makeCaseDetail({ kind, disputeType: 'labour' })
    case conditions.includes('all-persons'):
      return makeCaseDetail({
        kind,
        parties: [
          makePerson(),
          makePerson({ role: 'respondent', name: '李四', gender: 'male', idNumber: '' }),
        ],
      })
    case conditions.includes('oral-agreement'):
      return makeCaseDetail({ kind, agreementForm: 'oral' })
    default:
      return makeCaseDetail({ kind })
  }
}
