/**
 * A fictional case with every kind of record, for the template editor's live preview: an
 * administrator sees wording changes on a realistic document without opening anyone's case.
 */
import type { Case } from '../../domain/cases/case'
import { parseRecord, type CaseRecord, type RecordInput, type RecordKind } from '../../domain/cases/records'
import type { AdminSector, DisputeType, MediationKind } from '../../domain/cases/catalogues'
import type { DocumentTemplate } from '../../domain/documents/template'
import type { CaseDetail } from './document-data'

const MEDIATOR = 'sample-mediator'
/** The sample's 行政机关 (administrative cases issue under it, never under the committee). */
const SAMPLE_ADMIN_BODY = {
  id: 'sample-admin',
  type: 'administrative',
  name: '大连市示例区市场监督管理局',
} as const

function record<K extends RecordKind>(kind: K, createdAt: string, data: RecordInput<K>): CaseRecord<K> {
  return parseRecord({ id: `sample-${kind}`, caseId: 'sample', createdAt, createdBy: MEDIATOR }, kind, data)
}

const SAMPLE_BODY_NAMES: Partial<Record<AdminSector, string>> = {
  'public-security': '大连市公安局示例分局',
  traffic: '大连市公安局交通警察支队示例大队',
  labour: '大连市示例区人力资源和社会保障局',
}

/**
 * A sample case of the given kind (the wording differs per kind of mediation) and, for 行政调解,
 * sector (default 消费; a traffic case has its 事故认定书 and the day its loss was fixed).
 */
export function sampleCaseDetail(
  kind: MediationKind = 'people',
  sector: AdminSector | null = null,
  disputeType: DisputeType = 'neighbourhood',
): CaseDetail {
  const adminSector: AdminSector | null = kind === 'administrative' ? (sector ?? 'consumer') : null
  const adminBody = {
    ...SAMPLE_ADMIN_BODY,
    name: SAMPLE_BODY_NAMES[adminSector ?? 'consumer'] ?? SAMPLE_ADMIN_BODY.name,
  }
  const c: Case = {
    id: 'sample',
    caseNo: kind === 'administrative' ? '（2026）示市监行调字第0001号' : '（2026）示人调字第0001号',
    year: 2026,
    seq: 1,
    kind,
    sector: adminSector,
    issuerId: kind === 'administrative' ? SAMPLE_ADMIN_BODY.id : 'committee',
    status: 'closed',
    outcome: 'agreed',
    source: kind.startsWith('court-') ? 'court-referral' : 'party-application',
    disputeType,
    riskLevel: 'green',
    mediatorId: MEDIATOR,
    events: { registered: '2026-03-02', accepted: '2026-03-02', 'agreement-effective': '2026-03-10' },
    extensionDays: 0,
    judicialConfirmationApplied: true,
    disputeSubtype: '',
    agreementForm: 'written',
    confirmation: 'applied',
    procedure: null,
    courtDeadline: '',
    terms: [{ n: 1, dueDate: '2026-03-20', performed: 'full' }],
    closure: 'performed',
    massPersons: 0,
    coMediatorIds: [],
    dueDate: '',
    facts: '申请人住所楼上住户装修期间夜间施工，噪音影响申请人休息，双方多次发生争执。',
    requests: '请求被申请人停止夜间施工，并赔偿损失人民币贰仟元。',
    parties: [
      {
        id: 'sample-a',
        type: 'person',
        role: 'applicant',
        name: '王某某',
        gender: 'female',
        ethnicity: '汉族',
        birthDate: '1980-05-01',
        occupation: '职员',
        phone: '13800000000',
        address: '大连市示例区示例街道1号',
        idType: 'resident-id',
        idNumber: '',
        agent: { name: '赵某某', phone: '13900000000', idNumber: '', powerOfAttorney: true },
        lacksCapacity: false,
        selfSupporting: false,
        guardian: null,
      },
      {
        id: 'sample-b',
        type: 'organisation',
        role: 'respondent',
        name: '大连示例装饰工程有限公司',
        creditCode: '91210200000000000X',
        legalRepresentative: '李某某',
        phone: '0411-80000000',
        address: '大连市示例区示例路2号',
      },
    ],
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-20T01:00:00.000Z',
  }
  const terms = [
    {
      id: 'sample-t1',
      description: '被申请人赔偿申请人损失',
      amountFen: 200_000,
      obligorPartyId: 'sample-b',
      manner: '银行转账一次性支付',
      dueDate: '2026-03-20',
    },
    {
      id: 'sample-t2',
      description: '被申请人此后不在22时至次日6时施工',
      amountFen: 0,
      obligorPartyId: 'sample-b',
      manner: '',
      dueDate: '',
    },
  ]
  const records: CaseRecord[] = [
    record('notice', '2026-03-02T02:00:00.000Z', {
      at: '2026-03-02T10:00',
      method: 'written',
      acknowledgedBy: ['sample-a', 'sample-b'],
      note: '',
    }),
    ...(adminSector === 'traffic'
      ? [
          record('accident-report', '2026-03-01T03:00:00.000Z', {
            receivedAt: '2026-02-27',
            reportNo: '第2102990000001号',
            appliedAt: '2026-03-02',
          }),
          record('loss-fixed', '2026-03-02T04:00:00.000Z', { event: 'treatment-ended', at: '2026-03-02' }),
        ]
      : []),
    record('session-notice', '2026-03-05T02:00:00.000Z', {
      sessionDate: '2026-03-10',
      place: '示例街道人民调解室',
      notifiedAt: '2026-03-05',
      method: 'written',
    }),
    record('investigation', '2026-03-04T02:00:00.000Z', {
      at: '2026-03-04T10:00',
      place: '申请人住所',
      investigators: '张某某',
      subject: '物业管理人员赵某某',
      content: '经现场查看，楼上住户正在装修，物业管理人员证实曾多次接到夜间施工投诉。',
    }),
    record('session', '2026-03-10T02:00:00.000Z', {
      at: '2026-03-10T09:30',
      place: '示例街道人民调解室',
      participants: '双方当事人、调解员',
      statements: [
        { partyId: 'sample-a', text: '夜间施工严重影响休息，要求赔偿。' },
        { partyId: 'sample-b', text: '同意今后合理安排工期，愿意适当补偿。' },
      ],
      mediatorPoints: '调解员释法明理，引导双方互谅互让。',
      outcome: 'agreed',
      notes: '',
    }),
    record('agreement', '2026-03-10T03:00:00.000Z', {
      form: 'written',
      facts: '被申请人装修期间夜间施工，影响申请人休息，双方因此发生纠纷。',
      responsibilities: '被申请人对纠纷的发生负主要责任。',
      terms,
      effectiveDate: '2026-03-10',
    }),
    record('performance', '2026-03-18T02:00:00.000Z', {
      termId: 'sample-t1',
      at: '2026-03-18',
      amountFen: 200_000,
      note: '银行转账',
      receiptNo: '收据第00001号',
      complete: false,
    }),
    record('visit', '2026-03-25T02:00:00.000Z', {
      at: '2026-03-25T15:00',
      method: 'phone',
      visited: '申请人王某某',
      content: '申请人表示赔偿款已收到，楼上已不再夜间施工。',
      performed: 'fully',
    }),
    record('judicial-confirmation', '2026-03-12T02:00:00.000Z', {
      appliedAt: '2026-03-12',
      court: '大连市示例区人民法院',
      courtCaseNo: '',
      ruling: 'pending',
      rulingAt: '',
    }),
    record('termination', '2026-03-09T02:00:00.000Z', {
      reason: 'party-refuses',
      routes: ['litigation'],
      notifiedAt: '2026-03-09',
      note: '',
      returnToCourt: false,
    }),
    record('court-referral', '2026-03-01T02:00:00.000Z', {
      court: '大连市示例区人民法院',
      letterNo: '（2026）辽0299民诉前调1号',
      referredAt: '2026-03-01',
      deadline: '2026-03-31',
      procedure: null,
    }),
    record('court-report', '2026-03-15T02:00:00.000Z', {
      reportedAt: '2026-03-15',
      result: 'agreed',
      note: '',
      request: kind === 'court-entrusted' ? 'mediation-document' : 'judicial-confirmation',
    }),
    record('transition', '2026-03-02T03:00:00.000Z', {
      action: 'reject',
      from: 'registered',
      to: 'rejected',
      reason: '该纠纷已由人民法院受理',
      byName: '',
    }),
  ]
  return {
    case: c,
    records,
    organisation: { name: '大连市示例街道人民调解委员会', region: '大连市示例区' },
    issuer:
      kind === 'administrative'
        ? adminBody
        : { id: 'committee', type: 'committee', name: '大连市示例街道人民调解委员会' },
    userNames: { [MEDIATOR]: '张某某' },
  }
}

/** The sample case a template is previewed on: its kind of mediation, and the sector or dispute its conditions ask for. */
export function sampleDetailFor(template: DocumentTemplate): CaseDetail {
  const sector = template.conditions.find((c) => c.startsWith('sector-'))?.slice('sector-'.length) as
    AdminSector | undefined
  if (sector) return sampleCaseDetail('administrative', sector)
  const kind = template.appliesTo.includes('people') ? 'people' : (template.appliesTo[0] ?? 'people')
  return sampleCaseDetail(
    kind,
    null,
    template.conditions.includes('labour-dispute') ? 'labour' : 'neighbourhood',
  )
}
