/**
 * What is written at registration (a court's referral letter, the first risk grading), and what is
 * decided up front about how the case will go.
 */
import type { RiskLevel } from '../domain/cases/catalogues'
import type { TransitionDef } from '../domain/workflow/workflows'
import { record, type CaseState } from './plan'
import type { Rng } from './random'
import { DAY, localDate, localYear } from './time'
import { courtCode } from './venues'

const TERMINATION_REASONS = [
  ['party-refuses', 35],
  ['failed', 35],
  ['time-limit', 10],
  ['withdrawn', 15],
  ['other', 5],
] as const

export type TerminationReason = (typeof TERMINATION_REASONS)[number][0]

const RISK_REASONS: Record<RiskLevel, readonly string[]> = {
  green: [
    '矛盾较为缓和，双方均有调解意愿。',
    '纠纷事实清楚，争议金额不大。',
    '双方系邻里（亲属），关系尚可，易于化解。',
  ],
  yellow: [
    '双方情绪较为激动，曾发生口角。',
    '争议金额较大，一方态度强硬。',
    '纠纷持续时间较长，多次协商未果。',
  ],
  orange: [
    '双方曾发生肢体冲突，存在矛盾激化可能。',
    '一方扬言采取过激行为。',
    '涉及人数较多，有集体上访苗头。',
  ],
  red: [
    '一方当事人扬言报复，有民转刑风险。',
    '当事人情绪极不稳定，流露轻生念头。',
    '多名当事人聚集，有引发群体性事件风险。',
  ],
}

export const riskReason = (r: Rng, level: RiskLevel) => r.pick(RISK_REASONS[level])

/** Decided before the steps are planned. */
export interface Intentions {
  /** A red case that looked yellow at registration, re-graded when accepted. */
  regradeOnAccept: boolean
  /** Reported to the police or the governance centre when accepted. */
  escalate: boolean
  /** A prevention record (a crime, suicide, mass incident or petition averted). */
  prevent: boolean
  terminationReason: TerminationReason
  willAgree: boolean
}

/** Plans the registration-day records and decides how the case will go. */
export function openCase(s: CaseState, risk: RiskLevel | null, path: readonly TransitionDef[]): Intentions {
  const { r, kind, district } = s
  if (s.court) {
    const referredDaysBefore = r.int(1, 6)
    // 委托调解 names the court's procedure: 普通 (15 days) or 简易 (7 days).
    const procedure = kind === 'court-entrusted' ? (r.chance(0.7) ? 'ordinary' : 'simplified') : null
    const deadlineDays = kind === 'court-delegated' ? 30 : procedure === 'simplified' ? 7 : 15
    const letterNo = `（{year}）${courtCode(district)}${kind === 'court-delegated' ? '民诉前调' : '民初'}${r.int(100, 9999)}号`
    s.plan.push(
      record('court-referral', 0, (ms) => ({
        court: district.court,
        letterNo: letterNo.replace('{year}', String(localYear(ms))),
        referredAt: localDate(ms - referredDaysBefore * DAY),
        deadline: localDate(ms + (deadlineDays - referredDaysBefore) * DAY),
        procedure,
      })),
    )
  }
  // Some red cases look yellow at registration and are re-graded when accepted.
  const regradeOnAccept = risk === 'red' && path[0]?.action === 'accept' && r.chance(0.4)
  if (risk) {
    const first = regradeOnAccept ? 'yellow' : risk
    s.plan.push(record('risk', 0, () => ({ level: first, reason: riskReason(r, first) })))
  }
  const escalate = (risk === 'red' && r.chance(0.5)) || (risk === 'orange' && r.chance(0.1))
  const prevent =
    (risk === 'red' || risk === 'orange') && r.chance(0.45)
      ? true
      : risk === 'yellow'
        ? r.chance(0.05)
        : r.chance(0.005)
  const terminationReason = r.weighted(TERMINATION_REASONS)
  const willAgree = path.some((t) => t.action === 'agree')
  return { regradeOnAccept, escalate, prevent, terminationReason, willAgree }
}
