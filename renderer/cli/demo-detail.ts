/**
 * Demo cases (domain/demo, deterministic per seed) as the document engine sees them: each draft's
 * parties and records validated with the real schemas, numbered like the app numbers cases, with
 * the mediator named after whoever took the workflow steps.
 */
import type { Case } from '../src/domain/cases/case'
import type { CaseDraft } from '../src/domain/cases/draft'
import { partySchema } from '../src/domain/cases/party'
import { recordFacts } from '../src/domain/cases/record-facts'
import { RECORD_SCHEMAS, type CaseRecord } from '../src/domain/cases/records'
import { generateDemoCases } from '../src/demo'
import type { CaseDetail } from '../src/output/documents'

export const DEMO_SEED = 20261125
export const DEMO_NOW = new Date('2026-11-25T09:00:00+08:00')
const MEDIATOR = 'demo-mediator'

export function demoDetail(draft: CaseDraft, index: number): CaseDetail {
  const id = `demo-${index}`
  const year = new Date(draft.createdAt).getFullYear()
  const records: CaseRecord[] = draft.records.map(
    (r, i) =>
      ({
        id: `${id}-r${i}`,
        caseId: id,
        kind: r.kind,
        createdAt: r.createdAt,
        createdBy: MEDIATOR,
        data: RECORD_SCHEMAS[r.kind].parse(r.data),
      }) as CaseRecord,
  )
  const mediatorName =
    records
      .map((r) => (r.kind === 'transition' ? (r.data as { byName: string }).byName : ''))
      .find(Boolean) ?? '王调解'
  const registered = draft.createdAt.slice(0, 10)
  const facts = recordFacts(records)
  const c: Case = {
    id,
    caseNo: `（${year}）甘${draft.kind === 'administrative' ? '行' : '人'}调字第${String(index + 1).padStart(4, '0')}号`,
    year,
    seq: index + 1,
    kind: draft.kind,
    sector: draft.sector,
    issuerId: draft.kind === 'administrative' ? 'admin-demo' : 'committee',
    status: draft.status,
    outcome: draft.outcome,
    source: draft.source,
    disputeType: draft.disputeType,
    riskLevel: draft.riskLevel,
    mediatorId: MEDIATOR,
    events: {
      registered,
      ...(draft.status !== 'registered' && draft.status !== 'rejected' ? { accepted: registered } : {}),
      ...(draft.agreementEffectiveOn ? { 'agreement-effective': draft.agreementEffectiveOn } : {}),
      ...facts.events,
    },
    extensionDays: facts.extensionDays,
    judicialConfirmationApplied: facts.confirmation !== 'none',
    disputeSubtype: '',
    agreementForm: facts.agreementForm,
    confirmation: facts.confirmation,
    procedure: facts.procedure,
    courtDeadline: facts.courtDeadline,
    terms: facts.terms,
    closure: facts.closure,
    massPersons: facts.massPersons,
    coMediatorIds: facts.coMediatorIds,
    dueDate: '',
    facts: draft.facts,
    requests: draft.requests,
    parties: draft.parties.map((p) => partySchema.parse(p)),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  }
  return {
    case: c,
    records,
    organisation: { name: '大连市甘井子区某街道人民调解委员会', region: '大连市甘井子区' },
    // Administrative cases issue under the 行政机关 (issue 14), never the committee.
    issuer:
      draft.kind === 'administrative'
        ? { id: 'admin-demo', type: 'administrative', name: '大连市甘井子区某行政机关' }
        : { id: 'committee', type: 'committee', name: '大连市甘井子区某街道人民调解委员会' },
    userNames: { [MEDIATOR]: mediatorName },
  }
}

export function demoDetails(count: number): CaseDetail[] {
  return generateDemoCases({ seed: DEMO_SEED, count, now: DEMO_NOW }).map(demoDetail)
}
