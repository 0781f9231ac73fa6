/**
 * A case's deadlines: which rules apply to it, when each falls due, whether its duty is still
 * outstanding, and how it stands today. Pure: the caller supplies the case's plain facts, the
 * rules, the holiday calendar and today.
 *
 * - A limit counted from an event ends, when its last day is a statutory holiday or rest day, on
 *   the next working day (民法典 Art. 203; 民事诉讼法 Art. 85). A date someone fixed — the court
 *   letter's deadline, a term's 履行期限 — is kept as written.
 * - Mediation ends at agreement or termination: the 'conclude' clock stops then, and each agreed
 *   term's own 履行期限 runs until it is performed.
 * - Court-linked cases: the deadline in the court's letter wins over the rule's default.
 */
import type { CaseEvents, TermProgress } from '../cases/case'
import {
  isMediating,
  isPerforming,
  type AdminSector,
  type AgreementForm,
  type CaseStatus,
  type ConfirmationState,
  type CourtProcedure,
  type MediationKind,
} from '../cases/catalogues'
import { addDays, addMonths, daysBetween, nextWorkingDay, type HolidayCalendar } from './calendar'
import { PARTY_PURPOSES, type DeadlinePurpose, type DeadlineRule, type RulePurpose } from './rules'

/** A deadline is "due soon" on its last DUE_SOON_DAYS days, today included (today, +1, +2). */
export const DUE_SOON_DAYS = 3

export type DeadlineState = 'ok' | 'due-soon' | 'overdue'

/** Where a due date comes from: a rule, the court's letter, or the agreement (a term's date). */
export type DeadlineBasis = 'rule' | 'court-letter' | 'agreement'

export interface Deadline {
  /** Unique on the case: the rule's id, or `term:<n>`. */
  key: string
  ruleId: string | null
  purpose: DeadlinePurpose
  /** The last day on which it is still in time (ISO date). */
  dueDate: string
  /** The last day before it was moved off a holiday or rest day; null when it was not moved. */
  movedFrom: string | null
  basis: DeadlineBasis
  /** The agreed term (1-based) of a 履行期限; null otherwise. */
  term: number | null
  /** Days added by agreed extensions. */
  extensionDays: number
  /** The parties' option (司法确认, the traffic application): shown, never making the case overdue. */
  partyOption: boolean
  /** Calendar days from today to the due date: 0 on the day itself, negative once overdue. */
  daysLeft: number
  state: DeadlineState
}

/** What the deadlines of a case depend on: plain facts a case (and its stored row) carries. */
export interface DeadlineInput {
  kind: MediationKind
  sector: AdminSector | null
  procedure: CourtProcedure | null
  status: CaseStatus
  /** ISO dates (`YYYY-MM-DD`, local calendar) of the events that have happened. */
  events: CaseEvents
  /** Calendar days added by agreed extensions (延长调解期限). */
  extensionDays: number
  agreementForm: AgreementForm | null
  confirmation: ConfirmationState
  /** The court letter's deadline, '' when it sets none. */
  courtDeadline: string
  terms: readonly TermProgress[]
}

/** A case or stored row: older rows may lack the newer facts, which then read as "none". */
export interface DeadlineCase {
  kind: MediationKind
  sector: AdminSector | null
  status: CaseStatus
  events: CaseEvents
  extensionDays: number
  judicialConfirmationApplied?: boolean
  procedure?: CourtProcedure | null
  agreementForm?: AgreementForm | null
  confirmation?: ConfirmationState
  courtDeadline?: string
  terms?: readonly TermProgress[]
}

/** The one way a case becomes the input of computeDeadlines. */
export function deadlineInputOf(c: DeadlineCase): DeadlineInput {
  return {
    kind: c.kind,
    sector: c.sector,
    procedure: c.procedure ?? null,
    status: c.status,
    events: c.events,
    extensionDays: c.extensionDays,
    agreementForm: c.agreementForm ?? null,
    confirmation: c.confirmation ?? (c.judicialConfirmationApplied ? 'applied' : 'none'),
    courtDeadline: c.courtDeadline ?? '',
    terms: c.terms ?? [],
  }
}

export function deadlineState(daysLeft: number): DeadlineState {
  if (daysLeft < 0) return 'overdue'
  return daysLeft < DUE_SOON_DAYS ? 'due-soon' : 'ok'
}

const specificity = (r: DeadlineRule) => (r.sector !== null ? 1 : 0) + (r.procedure !== null ? 1 : 0)

/**
 * The rules for this kind, sector and procedure: per purpose the most specific one (a sector's or
 * procedure's own rule replaces the general rule of its purpose).
 */
export function applicableRules(
  rules: readonly DeadlineRule[],
  kind: MediationKind,
  sector: AdminSector | null,
  procedure: CourtProcedure | null = null,
): DeadlineRule[] {
  const matching = rules.filter(
    (r) =>
      r.kind === kind &&
      (r.sector === null || r.sector === sector) &&
      (r.procedure === null || r.procedure === procedure),
  )
  const best = new Map<RulePurpose, DeadlineRule>()
  for (const r of matching) {
    const seen = best.get(r.purpose)
    if (!seen || specificity(r) > specificity(seen)) best.set(r.purpose, r)
  }
  return matching.filter((r) => best.get(r.purpose) === r)
}

const COURT_KINDS: ReadonlySet<MediationKind> = new Set(['court-delegated', 'court-entrusted'])
export const isCourtKind = (kind: MediationKind) => COURT_KINDS.has(kind)

/** Kinds whose workflow follows an agreement's performance (court-linked cases report to the court). */
const TRACKS_PERFORMANCE: ReadonlySet<MediationKind> = new Set(['people', 'administrative'])

/** Whether the duty (or the parties' option) behind a purpose is still outstanding. */
function running(purpose: RulePurpose, input: DeadlineInput): boolean {
  const { status, events } = input
  switch (purpose) {
    case 'accept':
      return status === 'registered' && events.accepted === undefined
    case 'conclude':
      return isMediating(status)
    case 'court-report':
      return (
        isCourtKind(input.kind) &&
        events['court-reported'] === undefined &&
        (isPerforming(status) || status === 'terminated')
      )
    case 'judicial-confirmation':
      return (
        confirmationPossible(input) &&
        input.confirmation === 'none' &&
        !isMediating(status) &&
        status !== 'terminated' &&
        status !== 'rejected'
      )
    case 'application':
      return isMediating(status) && events['mediation-applied'] === undefined
    case 'session-notice':
      return isMediating(status) && events['session-notified'] === undefined
  }
}

/** 司法确认 is open to a written agreement, never an oral one, and never in 委托调解 (the court ends it). */
export function confirmationPossible(input: Pick<DeadlineInput, 'kind' | 'agreementForm'>): boolean {
  return input.agreementForm === 'written' && input.kind !== 'court-entrusted'
}

export function dueDateOf(rule: DeadlineRule, start: string, calendar: HolidayCalendar): string {
  if (rule.direction === 'before')
    return addDays(start, -rule.length, rule.unit === 'working' ? 'working' : 'calendar', calendar)
  return rule.unit === 'months'
    ? addMonths(start, rule.length)
    : addDays(start, rule.length, rule.unit, calendar)
}

/** A limit's last day, moved to the next working day when it is not one. */
function ending(raw: string, calendar: HolidayCalendar): { dueDate: string; movedFrom: string | null } {
  const dueDate = nextWorkingDay(raw, calendar)
  return { dueDate, movedFrom: dueDate === raw ? null : raw }
}

export interface ScheduledDeadline {
  rule: DeadlineRule
  dueDate: string
  movedFrom: string | null
  basis: DeadlineBasis
  extensionDays: number
}

/** When each applicable rule's limit ends for this case (whether or not its duty is still open). */
export function scheduleOf(
  input: DeadlineInput,
  rules: readonly DeadlineRule[],
  calendar: HolidayCalendar,
): ScheduledDeadline[] {
  const extension = Math.max(0, Math.floor(input.extensionDays))
  const out: ScheduledDeadline[] = []
  for (const rule of applicableRules(rules, input.kind, input.sector, input.procedure)) {
    let start = input.events[rule.event]
    if (start === undefined) continue
    const mediation = rule.purpose === 'conclude' || rule.purpose === 'court-report'
    const extended = mediation ? extension : 0
    // A case reopened after a 驳回 is mediated again: its limit runs from the reopening.
    const reopened = input.events.reopened
    if (mediation && reopened && reopened > start) start = reopened
    const letter = mediation && isCourtKind(input.kind) && input.courtDeadline !== '' && !reopened
    if (letter) {
      // The court's own date is kept as written; days the parties agreed to add are a period again.
      const end = extended
        ? ending(addDays(input.courtDeadline, extended, 'calendar', calendar), calendar)
        : null
      out.push({
        rule,
        dueDate: end?.dueDate ?? input.courtDeadline,
        movedFrom: end?.movedFrom ?? null,
        basis: 'court-letter',
        extensionDays: extended,
      })
      continue
    }
    const raw = dueDateOf(rule, start, calendar)
    if (rule.direction === 'before') {
      out.push({ rule, dueDate: raw, movedFrom: null, basis: 'rule', extensionDays: 0 })
      continue
    }
    const end = ending(extended ? addDays(raw, extended, 'calendar', calendar) : raw, calendar)
    out.push({ rule, ...end, basis: 'rule', extensionDays: extended })
  }
  return out
}

function stateOf(dueDate: string, today: string): Pick<Deadline, 'daysLeft' | 'state'> {
  const daysLeft = daysBetween(today, dueDate)
  return { daysLeft, state: deadlineState(daysLeft) }
}

/**
 * The deadlines running for a case, earliest first. A deadline whose start event has not happened
 * is absent, and so is one whose duty is done: 'accept' once accepted, 'conclude' once mediation
 * ended (agreement or termination), 'court-report' once reported, 'judicial-confirmation' once
 * applied for (and never for an oral agreement or 委托调解), a term's 履行期限 once performed.
 */
export function computeDeadlines(
  input: DeadlineInput,
  rules: readonly DeadlineRule[],
  calendar: HolidayCalendar,
  today: string,
): Deadline[] {
  const deadlines: Deadline[] = scheduleOf(input, rules, calendar)
    .filter((s) => running(s.rule.purpose, input))
    .map((s) => ({
      key: s.rule.id,
      ruleId: s.rule.id,
      purpose: s.rule.purpose,
      dueDate: s.dueDate,
      movedFrom: s.movedFrom,
      basis: s.basis,
      term: null,
      extensionDays: s.extensionDays,
      partyOption: PARTY_PURPOSES.has(s.rule.purpose),
      ...stateOf(s.dueDate, today),
    }))
  if (TRACKS_PERFORMANCE.has(input.kind) && isPerforming(input.status)) {
    for (const t of input.terms) {
      if (!t.dueDate || t.performed === 'full') continue
      deadlines.push({
        key: `term:${t.n}`,
        ruleId: null,
        purpose: 'performance',
        dueDate: t.dueDate,
        movedFrom: null,
        basis: 'agreement',
        term: t.n,
        extensionDays: 0,
        partyOption: false,
        ...stateOf(t.dueDate, today),
      })
    }
  }
  return deadlines.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
}

/** The deadlines the room must meet (not the parties' options): what makes a case overdue. */
export function dutyDeadlines(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.filter((d) => !d.partyOption)
}

/** The earliest due date among the deadlines, or null when none is running. */
export function nextDueDate(deadlines: readonly Deadline[]): string | null {
  let next: string | null = null
  for (const d of deadlines) if (next === null || d.dueDate < next) next = d.dueDate
  return next
}

/** Something done after its limit: a late report to the court, a late notice, a late application. */
export interface LateFlag {
  purpose: Exclude<RulePurpose, 'conclude' | 'accept'>
  dueDate: string
  /** When it was done (ISO date). */
  doneOn: string
  daysLate: number
}

const DONE_EVENT = {
  'court-report': 'court-reported',
  'session-notice': 'session-notified',
  application: 'mediation-applied',
  'judicial-confirmation': 'confirmation-applied',
} as const

/** Each thing recorded as done after its deadline (the court's letter's, for a report to the court). */
export function lateFlags(
  input: DeadlineInput,
  rules: readonly DeadlineRule[],
  calendar: HolidayCalendar,
): LateFlag[] {
  const flags: LateFlag[] = []
  for (const s of scheduleOf(input, rules, calendar)) {
    const purpose = s.rule.purpose
    if (purpose === 'conclude' || purpose === 'accept') continue
    const doneOn = input.events[DONE_EVENT[purpose]]
    if (doneOn && doneOn > s.dueDate)
      flags.push({ purpose, dueDate: s.dueDate, doneOn, daysLate: daysBetween(s.dueDate, doneOn) })
  }
  return flags
}
