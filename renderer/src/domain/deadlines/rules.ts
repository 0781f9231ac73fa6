/**
 * Deadline rules: for a kind of mediation (and, for 行政调解, a sector), how long after which start
 * event something must be done. The defaults follow DOMAIN.md and the rules cited beside each; the
 * administrator may change every length and unit (设置 → 办理期限), since practice varies locally.
 */
import { z } from 'zod'
import { ADMIN_SECTORS, MEDIATION_KINDS, type AdminSector, type MediationKind } from '../cases/catalogues'
import { MSG } from '../shared/messages'
import { DEADLINE_MSG } from './messages'

/** The events a deadline can run from. Dates of these come from the case's records. */
export const DEADLINE_EVENTS = ['registered', 'accepted', 'agreement-effective', 'court-referred'] as const
export type DeadlineEvent = (typeof DEADLINE_EVENTS)[number]

/**
 * conclude: mediation must end (with or without agreement) · accept: decide whether to accept ·
 * judicial-confirmation: the parties must apply to the court · court-report: report back to the court.
 */
export const DEADLINE_PURPOSES = ['conclude', 'accept', 'judicial-confirmation', 'court-report'] as const
export type DeadlinePurpose = (typeof DEADLINE_PURPOSES)[number]

/** calendar days, working days, or months (same day of the month, clamped to the month's end). */
export const DEADLINE_UNITS = ['calendar', 'working', 'months'] as const
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number]

export interface DeadlineRule {
  id: string
  kind: MediationKind
  /** Only for 行政调解; null means "every sector" (a sector's own rule for the same purpose wins). */
  sector: AdminSector | null
  purpose: DeadlinePurpose
  event: DeadlineEvent
  length: number
  unit: DeadlineUnit
}

export const MAX_LENGTH_DAYS = 366
export const MAX_LENGTH_MONTHS = 24

export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  // 人民调解: "一般在一个月内调结" from acceptance, extendable with both parties' consent.
  {
    id: 'people.conclude',
    kind: 'people',
    sector: null,
    purpose: 'conclude',
    event: 'accepted',
    length: 1,
    unit: 'months',
  },

  // 行政调解, per sector.
  // 交警: 道路交通安全法实施条例 Art. 94 — the compensation mediation lasts 10 days.
  {
    id: 'administrative.traffic.conclude',
    kind: 'administrative',
    sector: 'traffic',
    purpose: 'conclude',
    event: 'accepted',
    length: 10,
    unit: 'calendar',
  },
  // 劳动争议: 劳动争议调解仲裁法 Art. 14 — 15 days from receiving the application.
  {
    id: 'administrative.labour.conclude',
    kind: 'administrative',
    sector: 'labour',
    purpose: 'conclude',
    event: 'registered',
    length: 15,
    unit: 'calendar',
  },
  // 市场监管 consumer complaints: decide on acceptance within 7 working days of receipt; mediation
  // ends when no agreement is reached 45 working days after acceptance.
  {
    id: 'administrative.consumer.accept',
    kind: 'administrative',
    sector: 'consumer',
    purpose: 'accept',
    event: 'registered',
    length: 7,
    unit: 'working',
  },
  {
    id: 'administrative.consumer.conclude',
    kind: 'administrative',
    sector: 'consumer',
    purpose: 'conclude',
    event: 'accepted',
    length: 45,
    unit: 'working',
  },
  // 公安 治安调解, 自然资源 land disputes and other bodies: DOMAIN.md names no fixed mediation term.
  // Default: 30 calendar days from acceptance — the 30-day handling limit of a 治安案件
  // (治安管理处罚法 Art. 99) and people's mediation's one month. A placeholder the administrator
  // should set to the body's own rule.
  {
    id: 'administrative.public-security.conclude',
    kind: 'administrative',
    sector: 'public-security',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
    unit: 'calendar',
  },
  {
    id: 'administrative.land.conclude',
    kind: 'administrative',
    sector: 'land',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
    unit: 'calendar',
  },
  {
    id: 'administrative.other.conclude',
    kind: 'administrative',
    sector: 'other',
    purpose: 'conclude',
    event: 'accepted',
    length: 30,
    unit: 'calendar',
  },

  // 司法调解 (最高人民法院关于人民法院特邀调解的规定): from when the mediator receives the court's file.
  // 委派 (before filing): 30 days.
  {
    id: 'court-delegated.conclude',
    kind: 'court-delegated',
    sector: null,
    purpose: 'conclude',
    event: 'court-referred',
    length: 30,
    unit: 'calendar',
  },
  // 委托 (after filing): 15 days in ordinary procedure, 7 in simplified procedure. A case does not
  // record its procedure yet, so the default is the ordinary 15; a room handling simplified-procedure
  // cases sets 7.
  {
    id: 'court-entrusted.conclude',
    kind: 'court-entrusted',
    sector: null,
    purpose: 'conclude',
    event: 'court-referred',
    length: 15,
    unit: 'calendar',
  },

  // 司法确认: the parties apply jointly within 30 days of the agreement taking effect (人民调解法
  // Art. 33; 民事诉讼法 Art. 205 for agreements of other lawful mediation bodies, including a
  // 委派 mediation before filing). 委托调解 happens in a filed case, which the court itself
  // concludes (调解书 or withdrawal), so it has no such deadline.
  {
    id: 'people.judicial-confirmation',
    kind: 'people',
    sector: null,
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
    unit: 'calendar',
  },
  {
    id: 'administrative.judicial-confirmation',
    kind: 'administrative',
    sector: null,
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
    unit: 'calendar',
  },
  {
    id: 'court-delegated.judicial-confirmation',
    kind: 'court-delegated',
    sector: null,
    purpose: 'judicial-confirmation',
    event: 'agreement-effective',
    length: 30,
    unit: 'calendar',
  },
]

export const deadlineRuleSchema = z
  .object({
    id: z.string().trim().min(1, DEADLINE_MSG.ruleId).max(100, DEADLINE_MSG.ruleId),
    kind: z.enum(MEDIATION_KINDS, DEADLINE_MSG.choice),
    sector: z.enum(ADMIN_SECTORS, DEADLINE_MSG.choice).nullable(),
    purpose: z.enum(DEADLINE_PURPOSES, DEADLINE_MSG.choice),
    event: z.enum(DEADLINE_EVENTS, DEADLINE_MSG.choice),
    length: z.number(DEADLINE_MSG.length).int(DEADLINE_MSG.length).min(1, DEADLINE_MSG.length),
    unit: z.enum(DEADLINE_UNITS, DEADLINE_MSG.choice),
  })
  .superRefine((r, ctx) => {
    if (r.unit === 'months' ? r.length > MAX_LENGTH_MONTHS : r.length > MAX_LENGTH_DAYS) {
      const message = r.unit === 'months' ? DEADLINE_MSG.lengthMonths : DEADLINE_MSG.length
      ctx.addIssue({ code: 'custom', path: ['length'], message })
    }
    if (r.sector !== null && r.kind !== 'administrative') {
      ctx.addIssue({ code: 'custom', path: ['sector'], message: DEADLINE_MSG.sectorOnlyAdministrative })
    }
  })

/** A whole rule set: ids unique, and at most one rule per kind, sector and purpose. */
export const deadlineRulesSchema = z
  .array(deadlineRuleSchema)
  .max(200, MSG.tooLong)
  .superRefine((rules, ctx) => {
    const ids = new Set<string>()
    const slots = new Set<string>()
    rules.forEach((r, i) => {
      const slot = `${r.kind}|${r.sector ?? '*'}|${r.purpose}`
      if (ids.has(r.id) || slots.has(slot)) {
        ctx.addIssue({ code: 'custom', path: [i], message: DEADLINE_MSG.duplicateRule })
      }
      ids.add(r.id)
      slots.add(slot)
    })
  })

export function defaultDeadlineRules(): DeadlineRule[] {
  return DEFAULT_DEADLINE_RULES.map((r) => ({ ...r }))
}

/**
 * A stored rule set completed with the defaults it lacks (a rule added in a later version appears
 * with its default until the administrator changes it), in the order of the defaults.
 */
export function withDefaultRules(stored: readonly DeadlineRule[]): DeadlineRule[] {
  const byId = new Map(stored.map((r) => [r.id, r]))
  const merged = DEFAULT_DEADLINE_RULES.map((d) => ({ ...(byId.get(d.id) ?? d) }))
  const known = new Set(DEFAULT_DEADLINE_RULES.map((d) => d.id))
  return [...merged, ...stored.filter((r) => !known.has(r.id)).map((r) => ({ ...r }))]
}
