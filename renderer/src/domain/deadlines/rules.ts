/**
 * Deadline rules: for a kind of mediation (and, for 行政调解, a sector), how long after which start
 * event something must be done. The defaults follow DOMAIN.md and the rules cited beside each; the
 * administrator may change every length and unit (设置 → 办理期限), since practice varies locally.
 */
import { z } from 'zod'
import {
  ADMIN_SECTORS,
  COURT_PROCEDURES,
  MEDIATION_KINDS,
  type AdminSector,
  type CourtProcedure,
  type MediationKind,
} from '../cases/catalogues'
import { MSG } from '../shared/messages'
import { DEADLINE_MSG } from './messages'

/** The events a deadline can run from. Dates of these come from the case's steps and records. */
export const DEADLINE_EVENTS = [
  'registered',
  'accepted',
  'agreement-effective',
  'court-referred',
  'accident-report-received',
  'loss-fixed',
  'session-scheduled',
] as const
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number]

/**
 * conclude: mediation must end (agreement or termination) · accept: decide whether to accept ·
 * judicial-confirmation: the parties may apply to the court · court-report: report back to the
 * court · application: the parties' window to apply (traffic, after the 事故认定书) ·
 * session-notice: tell the parties of the session in time (counted back from the session).
 */
export const RULE_PURPOSES = [
  'conclude',
  'accept',
  'judicial-confirmation',
  'court-report',
  'application',
  'session-notice',
] as const
export type RulePurpose = (typeof RULE_PURPOSES)[number]

/** Every deadline a case can show: the rules' purposes and each agreed term's 履行期限. */
export const DEADLINE_PURPOSES = [...RULE_PURPOSES, 'performance'] as const
export type DeadlinePurpose = (typeof DEADLINE_PURPOSES)[number]

/**
 * The parties' options, not the room's duty: shown on the case, never making it overdue (the
 * 司法确认 window, the traffic application window).
 */
export const PARTY_PURPOSES: ReadonlySet<DeadlinePurpose> = new Set(['judicial-confirmation', 'application'])

/** calendar days, working days, or months (same day of the month, clamped to the month's end). */
export const DEADLINE_UNITS = ['calendar', 'working', 'months'] as const
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number]

/** after: the limit runs from the event; before: it ends `length` days before the event (a notice). */
export const DEADLINE_DIRECTIONS = ['after', 'before'] as const
export type DeadlineDirection = (typeof DEADLINE_DIRECTIONS)[number]

export interface DeadlineRule {
  id: string
  kind: MediationKind
  /** Only for 行政调解; null means "every sector" (a sector's own rule for the same purpose wins). */
  sector: AdminSector | null
  /** Only for 委托调解; null means "either procedure" (a procedure's own rule wins). */
  procedure: CourtProcedure | null
  purpose: RulePurpose
  event: DeadlineEvent
  length: number
  unit: DeadlineUnit
  direction: DeadlineDirection
}

export const MAX_LENGTH_DAYS = 366
export const MAX_LENGTH_MONTHS = 24

type RuleSeed = Omit<DeadlineRule, 'sector' | 'procedure' | 'direction' | 'unit'> &
  Partial<Pick<DeadlineRule, 'sector' | 'procedure' | 'direction' | 'unit'>>
const rule = (r: RuleSeed): DeadlineRule => ({
  sector: null,
  procedure: null,
  direction: 'after',
  unit: 'calendar',
  ...r,
})

/**
 * The defaults, each with the rule it follows. A calendar-day or month limit whose last day is a
 * statutory holiday or rest day ends on the next working day (民法典 Art. 203; 民事诉讼法 Art. 85);
 * a court letter's own deadline replaces the court-linked defaults.
 */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  // 人民调解: 《人民调解工作若干规定》 Art. 34 — "一般在一个月内调结", from acceptance; extendable
  // with both parties' consent.
  rule({
    id: 'people.conclude',
    kind: 'people',
    purpose: 'conclude',
    event: 'accepted',
    length: 1,
    unit: 'months',
  }),

  // 行政调解, per sector.
  // 交警: 道路交通安全法实施条例 Art. 95 — the compensation mediation lasts 10 days, which run
  // from the day the loss is fixed (Art. 94: 丧葬事宜结束 / 治疗终结 / 定残 / 确定损失), not from acceptance.
  rule({
    id: 'administrative.traffic.conclude',
    kind: 'administrative',
    sector: 'traffic',
    purpose: 'conclude',
    event: 'loss-fixed',
    length: 10,
  }),
  // 实施条例 Art. 94: the parties apply in writing within 10 days of receiving the 事故认定书.
  rule({
    id: 'administrative.traffic.application',
    kind: 'administrative',
    sector: 'traffic',
    purpose: 'application',
    event: 'accident-report-received',
    length: 10,
  }),
  // 《道路交通事故处理程序规定》: the parties are told the session's time and place 3 days ahead.
  rule({
    id: 'administrative.traffic.session-notice',
    kind: 'administrative',
    sector: 'traffic',
    purpose: 'session-notice',
    event: 'session-scheduled',
    length: 3,
    direction: 'before',
  }),
  // 劳动争议: 劳动争议调解仲裁法 Art. 14 — 15 days from receiving the application.
  rule({
    id: 'administrative.labour.conclude',
    kind: 'administrative',
    sector: 'labour',
    purpose: 'conclude',
    event: 'registered',
    length: 15,
  }),
  // 市场监管 consumer complaints (市场监督管理投诉举报处理暂行办法): decide on acceptance within 7
  // working days of receipt; mediation ends when no agreement is reached 45 working days after acceptance.
  rule({
    id: 'administrative.consumer.accept',
    kind: 'administrative',
    sector: 'consumer',
    purpose: 'accept',
    event: 'registered',
    length: 7,
    unit: 'working',
  }),
  rule({
    id: 'administrative.consumer.conclude',
    kind: 'administrative',
    sector: 'consumer',
    purpose: 'conclude',
    event: 'accepted',
    length: 45,
    unit: 'working',
  }),
  // 公安 治安调解 (治安管理处罚法 Art. 9) has no mediation term of its own: a placeholder of 30 days
  // from acceptance — the 30-day handling limit of a 治安案件 — for the administrator to set to the
  // force's own rule. 自然资源 land disputes and other bodies likewise.
  rule({
    id: 'administrative.public-security.conclude',
    kind: 'administrative',
    sector: 'public-security',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
  }),
  rule({
    id: 'administrative.land.conclude',
    kind: 'administrative',
    sector: 'land',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
  }),
  rule({
    id: 'administrative.other.conclude',
    kind: 'administrative',
    sector: 'other',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
  }),

  // 司法调解 (法释〔2016〕14号, 最高人民法院关于人民法院特邀调解的规定): from when the mediator receives
  // the court's file; the deadline written in the court's letter wins over these. The result is
  // reported back to the court by the same day.
  // 委派 (before filing): 30 days.
  rule({
    id: 'court-delegated.conclude',
    kind: 'court-delegated',
    purpose: 'conclude',
    event: 'court-referred',
    length: 30,
  }),
  rule({
    id: 'court-delegated.court-report',
    kind: 'court-delegated',
    purpose: 'court-report',
    event: 'court-referred',
    length: 30,
  }),
  // 委托 (after filing): 15 days in ordinary procedure (普通程序), 7 in simplified procedure (简易程序).
  rule({
    id: 'court-entrusted.conclude',
    kind: 'court-entrusted',
    purpose: 'conclude',
    event: 'court-referred',
    length: 15,
  }),
  rule({
    id: 'court-entrusted.simplified.conclude',
    kind: 'court-entrusted',
    procedure: 'simplified',
    purpose: 'conclude',
    event: 'court-referred',
    length: 7,
  }),
  rule({
    id: 'court-entrusted.court-report',
    kind: 'court-entrusted',
    purpose: 'court-report',
    event: 'court-referred',
    length: 15,
  }),
  rule({
    id: 'court-entrusted.simplified.court-report',
    kind: 'court-entrusted',
    procedure: 'simplified',
    purpose: 'court-report',
    event: 'court-referred',
    length: 7,
  }),

  // 司法确认: the parties apply jointly within 30 days of a written agreement taking effect
  // (人民调解法 Art. 33; 民事诉讼法 Art. 205 for other lawful mediation bodies, including a 委派
  // mediation before filing). Not for oral agreements, and not for 委托调解, which happens in a
  // filed case that the court itself ends (调解书 or 撤诉).
  rule({
    id: 'people.judicial-confirmation',
    kind: 'people',
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
  }),
  rule({
    id: 'administrative.judicial-confirmation',
    kind: 'administrative',
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
  }),
  rule({
    id: 'court-delegated.judicial-confirmation',
    kind: 'court-delegated',
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
  }),
]

export const deadlineRuleSchema = z
  .object({
    id: z.string().trim().min(1, DEADLINE_MSG.ruleId).max(100, DEADLINE_MSG.ruleId),
    kind: z.enum(MEDIATION_KINDS, DEADLINE_MSG.choice),
    sector: z.enum(ADMIN_SECTORS, DEADLINE_MSG.choice).nullable(),
    // Rules stored before procedures and directions existed read as "either" and "after".
    procedure: z.enum(COURT_PROCEDURES, DEADLINE_MSG.choice).nullable().default(null),
    purpose: z.enum(RULE_PURPOSES, DEADLINE_MSG.choice),
    event: z.enum(DEADLINE_EVENTS, DEADLINE_MSG.choice),
    length: z.number(DEADLINE_MSG.length).int(DEADLINE_MSG.length).min(1, DEADLINE_MSG.length),
    unit: z.enum(DEADLINE_UNITS, DEADLINE_MSG.choice),
    direction: z.enum(DEADLINE_DIRECTIONS, DEADLINE_MSG.choice).default('after'),
  })
  .superRefine((r, ctx) => {
    if (r.unit === 'months' ? r.length > MAX_LENGTH_MONTHS : r.length > MAX_LENGTH_DAYS) {
      const message = r.unit === 'months' ? DEADLINE_MSG.lengthMonths : DEADLINE_MSG.length
      ctx.addIssue({ code: 'custom', path: ['length'], message })
    }
    if (r.sector !== null && r.kind !== 'administrative') {
      ctx.addIssue({ code: 'custom', path: ['sector'], message: DEADLINE_MSG.sectorOnlyAdministrative })
    }
    if (r.procedure !== null && r.kind !== 'court-entrusted') {
      ctx.addIssue({ code: 'custom', path: ['procedure'], message: DEADLINE_MSG.procedureOnlyEntrusted })
    }
  })

/** A whole rule set: ids unique, and at most one rule per kind, sector, procedure and purpose. */
export const deadlineRulesSchema = z
  .array(deadlineRuleSchema)
  .max(200, MSG.tooLong)
  .superRefine((rules, ctx) => {
    const ids = new Set<string>()
    const slots = new Set<string>()
    rules.forEach((r, i) => {
      const slot = `${r.kind}|${r.sector ?? '*'}|${r.procedure ?? '*'}|${r.purpose}`
      if (ids.has(r.id) || slots.has(slot)) {
        ctx.addIssue({ code: 'custom', path: [i], message: DEADLINE_MSG.duplicateRule })
      }
      ids.add(r.id)
      slots.add(slot)
    })
  })

export type DeadlineRuleInput = z.input<typeof deadlineRuleSchema>

export function defaultDeadlineRules(): DeadlineRule[] {
  return DEFAULT_DEADLINE_RULES.map((r) => ({ ...r }))
}

/**
 * A stored rule set completed with the defaults it lacks (a rule added in a later version appears
 * with its default until the administrator changes it), in the order of the defaults. Of a built-in
 * rule only the length and unit are the administrator's: what it is for and where it starts follow
 * the law, so a correction of those in a later version (the traffic limit now runs from the day the
 * loss is fixed) reaches rule sets stored before it.
 */
export function withDefaultRules(stored: readonly DeadlineRule[]): DeadlineRule[] {
  const byId = new Map(stored.map((r) => [r.id, r]))
  const merged = DEFAULT_DEADLINE_RULES.map((d) => {
    const own = byId.get(d.id)
    return own ? { ...d, length: own.length, unit: own.unit } : { ...d }
  })
  const known = new Set(DEFAULT_DEADLINE_RULES.map((d) => d.id))
  return [...merged, ...stored.filter((r) => !known.has(r.id)).map((r) => ({ ...r }))]
}
