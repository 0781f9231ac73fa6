/**
 * What is counted, and what one case contributes to each count in a period (DOMAIN.md "Statistics
 * reported upward"). Counting follows the events, not the cohort:
 * - 受理数: disputes registered in the period and not declined (不予受理); split by source into
 *   当事人申请, 主动 (主动调解, 网格员上报) and 移送委托 (公安移交, 法院委派/委托, 政府部门指定);
 * - 调解成功数: agreements that took effect in the period; 办结数: mediations that ended in the period
 *   (agreed or terminated); 成功率 = 调解成功数 ÷ 办结数, so it never exceeds 100 %;
 * - 协议涉及金额: the amounts of those agreements; 涉及人数: the parties of the disputes received;
 * - prevention (防止民转刑 …): cases (件) with such a record in the period, and the persons (人) recorded;
 * - 排查次数 / 排查发现纠纷数: screening rounds held in the period; they belong to no single case, so
 *   they appear in the total only.
 */
import { PREVENTION_FLAGS, type CaseSource, type PreventionFlag } from '../cases/catalogues'
import { inRange, type DateRange } from './period'
import type { StatInput } from './stat-input'

export const SOURCE_CLASSES = ['application', 'proactive', 'referred'] as const
export type SourceClass = (typeof SOURCE_CLASSES)[number]

const SOURCE_CLASS: Record<CaseSource, SourceClass> = {
  'party-application': 'application',
  proactive: 'proactive',
  'grid-report': 'proactive',
  'police-transfer': 'referred',
  'court-referral': 'referred',
  'government-assigned': 'referred',
}

export function sourceClass(source: CaseSource): SourceClass {
  return SOURCE_CLASS[source]
}

export type PreventionMeasure = `prevention-${PreventionFlag}-${'cases' | 'persons'}`
export const PREVENTION_MEASURES: readonly PreventionMeasure[] = PREVENTION_FLAGS.flatMap((f) => [
  `prevention-${f}-cases` as const,
  `prevention-${f}-persons` as const,
])

/** Measures made of cases: each can be traced back to the cases behind it (drill-down). */
export const CASE_MEASURES = [
  'received',
  'receivedApplication',
  'receivedProactive',
  'receivedReferred',
  'succeeded',
  'concluded',
  'agreementAmountFen',
  'persons',
  ...PREVENTION_MEASURES,
] as const
export type CaseMeasure = (typeof CASE_MEASURES)[number]

export type CaseCounts = Record<CaseMeasure, number>

export interface StatMeasures extends CaseCounts {
  /** 调解成功数 ÷ 办结数, 0…1; null when nothing ended in the period. */
  successRate: number | null
  /** 排查次数 and 排查发现纠纷数: in the total only (null in a group). */
  screenings: number | null
  screeningFound: number | null
}

export type Measure = keyof StatMeasures

export function emptyCounts(): CaseCounts {
  return Object.fromEntries(CASE_MEASURES.map((m) => [m, 0])) as CaseCounts
}

const RECEIVED_BY_CLASS: Record<SourceClass, CaseMeasure> = {
  application: 'receivedApplication',
  proactive: 'receivedProactive',
  referred: 'receivedReferred',
}

/** What one case adds to each count in the range. */
export function contribution(input: StatInput, range: DateRange): CaseCounts {
  const counts = emptyCounts()
  if (inRange(input.registeredOn, range) && input.outcome !== 'rejected') {
    counts.received = 1
    counts[RECEIVED_BY_CLASS[sourceClass(input.source)]] = 1
    counts.persons = input.persons
  }
  if (inRange(input.concludedOn, range)) {
    if (input.outcome === 'agreed') {
      counts.succeeded = 1
      counts.concluded = 1
      counts.agreementAmountFen = input.agreementAmountFen
    } else if (input.outcome === 'terminated') {
      counts.concluded = 1
    }
  }
  for (const p of input.preventions) {
    if (!inRange(p.on, range)) continue
    counts[`prevention-${p.flag}-cases`] = 1
    counts[`prevention-${p.flag}-persons`] += p.persons
  }
  return counts
}

export function contributes(counts: CaseCounts): boolean {
  return CASE_MEASURES.some((m) => counts[m] > 0)
}

/** New disputes registered in the range, declined ones included: a 零上报 needs this to be 0. */
export function newDisputes(inputs: readonly StatInput[], range: DateRange): number {
  return inputs.filter((i) => inRange(i.registeredOn, range)).length
}
