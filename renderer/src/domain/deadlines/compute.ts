/**
 * A case's running deadlines: which rules apply to it, when each falls due, and how it stands
 * today. Pure: the caller supplies the event dates, the rules, the holiday calendar and today.
 */
import { isOpen, type AdminSector, type CaseStatus, type MediationKind } from '../cases/catalogues'
import { addDays, addMonths, daysBetween, type HolidayCalendar } from './calendar'
import type { DeadlineEvent, DeadlinePurpose, DeadlineRule } from './rules'

/** A deadline is "due soon" on its last DUE_SOON_DAYS days, today included (today, +1, +2). */
export const DUE_SOON_DAYS = 3

export type DeadlineState = 'ok' | 'due-soon' | 'overdue'

export interface Deadline {
  ruleId: string
  purpose: DeadlinePurpose
  /** The last day on which it is still in time (ISO date). */
  dueDate: string
  /** Calendar days from today to the due date: 0 on the day itself, negative once overdue. */
  daysLeft: number
  state: DeadlineState
}

export interface DeadlineInput {
  kind: MediationKind
  sector: AdminSector | null
  /** Whether the case is still being worked (see `isOpen` in cases/catalogues). */
  open: boolean
  /** ISO dates (`YYYY-MM-DD`, local calendar) of the events that have happened. */
  events: Partial<Record<DeadlineEvent, string>>
  /** Calendar days added to the 'conclude' deadline by agreed extensions (延长调解期限). */
  extensionDays: number
  judicialConfirmationApplied: boolean
}

/** What the deadlines of a case depend on, as a case (or its stored row) carries it. */
export interface DeadlineCase {
  kind: MediationKind
  sector: AdminSector | null
  status: CaseStatus
  events: Partial<Record<DeadlineEvent, string>>
  extensionDays: number
  judicialConfirmationApplied: boolean
}

/** The one way a case becomes the input of computeDeadlines: open or not by its status. */
export function deadlineInputOf(c: DeadlineCase): DeadlineInput {
  return {
    kind: c.kind,
    sector: c.sector,
    open: isOpen(c.status),
    events: c.events,
    extensionDays: c.extensionDays,
    judicialConfirmationApplied: c.judicialConfirmationApplied,
  }
}

export function deadlineState(daysLeft: number): DeadlineState {
  if (daysLeft < 0) return 'overdue'
  return daysLeft < DUE_SOON_DAYS ? 'due-soon' : 'ok'
}

/** The rules for this kind and sector: a sector's own rule replaces the all-sectors rule of its purpose. */
export function applicableRules(
  rules: readonly DeadlineRule[],
  kind: MediationKind,
  sector: AdminSector | null,
): DeadlineRule[] {
  const matching = rules.filter((r) => r.kind === kind && (r.sector === null || r.sector === sector))
  const specific = new Set(matching.filter((r) => r.sector !== null).map((r) => r.purpose))
  const seen = new Set<DeadlinePurpose>()
  return matching.filter((r) => {
    if (r.sector === null && specific.has(r.purpose)) return false
    if (seen.has(r.purpose)) return false
    seen.add(r.purpose)
    return true
  })
}

/** Whether the duty behind a rule is still outstanding. */
function running(purpose: DeadlinePurpose, input: DeadlineInput): boolean {
  switch (purpose) {
    case 'accept':
      return input.open && input.events.accepted === undefined
    case 'conclude':
    case 'court-report':
      return input.open
    case 'judicial-confirmation':
      return !input.judicialConfirmationApplied
  }
}

export function dueDateOf(rule: DeadlineRule, start: string, calendar: HolidayCalendar): string {
  return rule.unit === 'months'
    ? addMonths(start, rule.length)
    : addDays(start, rule.length, rule.unit, calendar)
}

/**
 * The deadlines running for a case, earliest first. A deadline whose start event has not happened
 * is absent, and so is one whose duty is done: 'accept' once accepted, 'conclude' and
 * 'court-report' once the case is no longer open, 'judicial-confirmation' once applied for.
 */
export function computeDeadlines(
  input: DeadlineInput,
  rules: readonly DeadlineRule[],
  calendar: HolidayCalendar,
  today: string,
): Deadline[] {
  const extension = Math.max(0, Math.floor(input.extensionDays))
  const deadlines: Deadline[] = []
  for (const rule of applicableRules(rules, input.kind, input.sector)) {
    const start = input.events[rule.event]
    if (start === undefined || !running(rule.purpose, input)) continue
    let dueDate = dueDateOf(rule, start, calendar)
    if (rule.purpose === 'conclude' && extension > 0)
      dueDate = addDays(dueDate, extension, 'calendar', calendar)
    const daysLeft = daysBetween(today, dueDate)
    deadlines.push({
      ruleId: rule.id,
      purpose: rule.purpose,
      dueDate,
      daysLeft,
      state: deadlineState(daysLeft),
    })
  }
  return deadlines.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
}

/** The earliest due date among the deadlines, or null when none is running. */
export function nextDueDate(deadlines: readonly Deadline[]): string | null {
  let next: string | null = null
  for (const d of deadlines) if (next === null || d.dueDate < next) next = d.dueDate
  return next
}
