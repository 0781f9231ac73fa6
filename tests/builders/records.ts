/** Valid record data for each step of a case, for tests. */
import type { Case } from '../../renderer/src/domain/cases/case'
import {
  recordsOf,
  type CaseRecord,
  type RecordInput,
  type RecordKind,
} from '../../renderer/src/domain/cases/records'

/** The latest record of `kind` among a case's records; throws when there is none. */
export function lastRecordOf<K extends RecordKind>(records: readonly CaseRecord[], kind: K): CaseRecord<K> {
  const found = recordsOf(records, kind).at(-1)
  if (!found) throw new Error(`no ${kind} record`)
  return found
}

export const at = (day = '2026-03-02', time = '09:30') => `${day}T${time}`

export function notice(c: Case): RecordInput<'notice'> {
  return { at: at(), method: 'written', acknowledgedBy: c.parties.map((p) => p.id), note: '' }
}

export function session(c: Case): RecordInput<'session'> {
  return {
    at: at('2026-03-05'),
    place: '街道调解室',
    participants: '双方当事人、调解员',
    statements: c.parties.map((p) => ({ partyId: p.id, text: `${p.name}陈述了事实。` })),
    mediatorPoints: '释法明理，引导双方互谅互让。',
    outcome: 'agreed',
    notes: '',
  }
}

export function agreement(c: Case, amountFen = 1_200_000): RecordInput<'agreement'> {
  return {
    form: 'written',
    facts: '双方因噪音问题发生纠纷。',
    responsibilities: '被申请人负主要责任。',
    terms: [
      {
        id: 'term-1',
        description: '被申请人赔偿申请人损失',
        amountFen,
        obligorPartyId: c.parties[1]?.id ?? '',
        manner: '现金一次性支付',
        dueDate: '2026-03-20',
      },
    ],
    effectiveDate: '2026-03-05',
  }
}

export const visit = (): RecordInput<'visit'> => ({
  at: at('2026-04-01'),
  method: 'phone',
  visited: '申请人',
  content: '已履行完毕。',
  performed: 'fully',
})

export const termination = (): RecordInput<'termination'> => ({
  reason: 'party-refuses',
  routes: ['litigation'],
  notifiedAt: '2026-03-10',
  note: '',
})

/** A court letter; 委托调解 letters also name the court's procedure (普通 / 简易). */
export const courtReferral = (
  overrides: Partial<RecordInput<'court-referral'>> = {},
): RecordInput<'court-referral'> => ({
  court: '大连市甘井子区人民法院',
  letterNo: '（2026）辽0211民诉前调123号',
  referredAt: '2026-03-01',
  deadline: '2026-03-31',
  ...overrides,
})

export const courtReport = (): RecordInput<'court-report'> => ({
  reportedAt: '2026-03-15',
  result: 'agreed',
  note: '',
})
