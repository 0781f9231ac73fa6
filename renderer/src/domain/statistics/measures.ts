/**
 * What is counted, and what one case contributes to each count in a period — the measures of the
 * 司法局's published bulletins. Counting follows the events, not the cohort, so a closed period's
 * numbers do not move when later work is done:
 * - 受理数: disputes accepted (受理) in the period — registered but never accepted is pending, not
 *   received — split by source into 当事人申请, 主动 (主动调解, 网格员上报) and 移送委托 (公安移交,
 *   法院委派/委托, 政府部门指定); 涉及人数 with them: the parties, or the head count of a 群体性纠纷;
 * - 调解成功数: agreements that took effect in the period, 书面 and 口头; 办结数: mediations that
 *   ended in the period (agreed or terminated); 成功率 = 调解成功数 ÷ 受理数 as 司法局 publish it (or
 *   ÷ 办结数, a setting; the table says which); 协议涉及金额: the amounts of those agreements;
 * - 司法确认申请数 / 确认数: applications made, and confirmations ruled, in the period;
 * - 协议履行数: agreements performed in full in the period; 未履行: closed after the parties were told
 *   their routes; 履行率 = 履行数 ÷ (履行数 + 未履行数), the agreements whose performance was settled;
 * - 回访数: cases visited (回访) in the period; 群体性纠纷 (件/人): those received with a head count;
 * - prevention (防止民转刑 …): cases (件) with such a record in the period, and the persons (人) recorded;
 * - 排查次数 / 排查发现纠纷数 / 预防纠纷数: screening rounds held in the period; they belong to no
 *   single case, so they appear in the total only.
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
  'succeededWritten',
  'succeededOral',
  'concluded',
  'agreementAmountFen',
  'persons',
  'confirmationApplied',
  'confirmed',
  'performed',
  'unperformed',
  'visited',
  'massDisputes',
  'massDisputePersons',
  ...PREVENTION_MEASURES,
] as const
export type CaseMeasure = (typeof CASE_MEASURES)[number]

export type CaseCounts = Record<CaseMeasure, number>

/** 成功率's denominator: 受理数 (as 司法局 publish it, the default) or 办结数. */
export const RATE_BASES = ['received', 'concluded'] as const
export type RateBase = (typeof RATE_BASES)[number]

export interface StatMeasures extends CaseCounts {
  /** 调解成功数 ÷ 受理数 (or ÷ 办结数, see the table's rateBase), 0…; null when the base is 0. */
  successRate: number | null
  /** 履行数 ÷ (履行数 + 未履行数), 0…1; null when no performance was settled. */
  performanceRate: number | null
  /** 排查次数, 排查发现纠纷数 and 预防纠纷数: in the total only (null in a group). */
  screenings: number | null
  screeningFound: number | null
  screeningPrevented: number | null
}

export type Measure = keyof StatMeasures

const ZERO = Object.freeze(Object.fromEntries(CASE_MEASURES.map((m) => [m, 0])) as CaseCounts)

/** Every measure at 0 (a copy: counted into). */
export function emptyCounts(): CaseCounts {
  return { ...ZERO }
}

const RECEIVED_BY_CLASS: Record<SourceClass, CaseMeasure> = {
  application: 'receivedApplication',
  proactive: 'receivedProactive',
  referred: 'receivedReferred',
}

/** The day a case was accepted; bundles made before it was carried say nothing (not received). */
export const acceptedDay = (input: StatInput): string | null => input.acceptedOn ?? null

/** What one case adds to each count in the range. */
export function contribution(input: StatInput, range: DateRange): CaseCounts {
  const counts = emptyCounts()
  if (inRange(acceptedDay(input), range) && input.outcome !== 'rejected') {
    counts.received = 1
    counts[RECEIVED_BY_CLASS[sourceClass(input.source)]] = 1
    counts.persons = Math.max(input.persons, input.massPersons)
    if (input.massPersons > 0) {
      counts.massDisputes = 1
      counts.massDisputePersons = input.massPersons
    }
  }
  if (inRange(input.concludedOn, range)) {
    if (input.outcome === 'agreed') {
      counts.succeeded = 1
      counts.concluded = 1
      counts.agreementAmountFen = input.agreementAmountFen
      if (input.agreementForm === 'written') counts.succeededWritten = 1
      if (input.agreementForm === 'oral') counts.succeededOral = 1
    } else if (input.outcome === 'terminated') {
      counts.concluded = 1
    }
  }
  counts.confirmationApplied = input.confirmationApplied.filter((d) => inRange(d, range)).length
  counts.confirmed = input.confirmed.filter((d) => inRange(d, range)).length
  if (inRange(input.performedOn, range)) counts.performed = 1
  else if (!input.performedOn && inRange(input.unperformedOn, range)) counts.unperformed = 1
  if (input.visits.some((d) => inRange(d, range))) counts.visited = 1
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

/** A rate, or null when its base is 0. */
export const rate = (part: number, whole: number): number | null => (whole ? part / whole : null)

/** The derived rates of some counts. */
export function ratesOf(
  counts: CaseCounts,
  rateBase: RateBase,
): Pick<StatMeasures, 'successRate' | 'performanceRate'> {
  return {
    successRate: rate(counts.succeeded, rateBase === 'received' ? counts.received : counts.concluded),
    performanceRate: rate(counts.performed, counts.performed + counts.unperformed),
  }
}
