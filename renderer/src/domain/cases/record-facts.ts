/**
 * What a case's records say that deadlines, the workflow and statistics need: the one place that
 * reads them. The repository keeps the result as plain fields of the case (codes, dates, counts),
 * recomputed whenever a record or a step is written; statistics read the same from the records a
 * bundle carries. Records may be typed case records or bare `{ kind, createdAt, data }` (each is
 * checked with its kind's schema here; one that does not fit is ignored).
 *
 * A 驳回 reopens the case (the `remediate` step): from then on the earlier agreement, its
 * performance, its 司法确认 and its extensions are history, and only what comes after counts.
 */
import type { CaseEvent, CaseFacts, TermProgress } from './case'
import type { Closure, ConfirmationState, TermPerformance } from './catalogues'
import { coMediatorsAfter, type MediatorMove } from './co-mediators'
import { RECORD_SCHEMAS, type RecordData, type RecordKind } from './records'

export interface FactRecord {
  kind: RecordKind
  /** ISO timestamp */
  createdAt: string
  data: unknown
}

/** The events records date; the others come from registration, the steps and the signing flow. */
export const RECORD_EVENTS = [
  'court-referred',
  'court-reported',
  'accident-report-received',
  'mediation-applied',
  'loss-fixed',
  'session-scheduled',
  'session-notified',
  'confirmation-applied',
  'confirmation-ruled',
  'performed',
  'unperformed-notified',
] as const satisfies readonly CaseEvent[]
export type RecordEvent = (typeof RECORD_EVENTS)[number]

export interface RecordFacts extends Omit<CaseFacts, 'closure'> {
  events: Partial<Record<RecordEvent, string>>
  extensionDays: number
  closure: Closure | null
  /** When the case was last reopened after a 驳回 (ISO timestamp), null if never. */
  reopenedAt: string | null
}

/** Kinds that belong to one round of mediation: a reopening leaves the earlier ones behind. */
const ROUND_KINDS: ReadonlySet<RecordKind> = new Set([
  'agreement',
  'performance',
  'urge',
  'non-performance',
  'judicial-confirmation',
  'confirmation-ruling',
  'extension',
  'visit',
])

const CLOSING_ACTIONS: Record<string, Closure> = {
  close: 'performed',
  'close-unperformed': 'unperformed',
  'return-police': 'returned-to-police',
}

type Parsed = { [K in RecordKind]: { kind: K; createdAt: string; data: RecordData<K> } }[RecordKind]

function parsed(records: readonly FactRecord[]): Parsed[] {
  const out: Parsed[] = []
  for (const r of [...records].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )) {
    const result = RECORD_SCHEMAS[r.kind].safeParse(r.data)
    if (result.success) out.push({ kind: r.kind, createdAt: r.createdAt, data: result.data } as Parsed)
  }
  return out
}

function ofKind<K extends RecordKind>(records: readonly Parsed[], kind: K) {
  return records.filter((r): r is Extract<Parsed, { kind: K }> => r.kind === kind)
}

const latestDate = (dates: readonly string[]): string | undefined =>
  dates.reduce<string | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined)

export interface TermState extends TermProgress {
  /** The day the term became performed in full, '' while it is not. */
  performedOn: string
}

/** Each term of an agreement against the performance recorded for it (payments add up; `complete` settles). */
export function termStates(
  agreement: RecordData<'agreement'>,
  performances: readonly RecordData<'performance'>[],
): TermState[] {
  return agreement.terms.map((term, i) => {
    const paid = performances
      .filter((p) => p.termId === term.id)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    let sum = 0
    let performedOn = ''
    for (const p of paid) {
      sum += p.amountFen
      if (!performedOn && (p.complete || (term.amountFen > 0 && sum >= term.amountFen))) performedOn = p.at
    }
    const performed: TermPerformance = performedOn ? 'full' : paid.length ? 'partial' : 'none'
    return { n: i + 1, dueDate: term.dueDate, performed, performedOn }
  })
}

function confirmationOf(
  applications: readonly RecordData<'judicial-confirmation'>[],
  rulings: readonly RecordData<'confirmation-ruling'>[],
): ConfirmationState {
  const ruling = rulings.at(-1)
  if (ruling) return ruling.ruling
  const legacy = applications.at(-1)?.ruling
  if (legacy === 'confirmed' || legacy === 'rejected') return legacy
  return applications.length ? 'applied' : 'none'
}

/** A record that moves who mediates (a reopening leaves them standing: they are not of a round). */
function mediatorMove(r: Parsed): MediatorMove[] {
  if (r.kind === 'co-mediators') return [{ kind: 'co-mediators', userIds: r.data.userIds }]
  if (r.kind === 'mediator-change') return [{ kind: 'mediator-change', toUserId: r.data.toUserId }]
  return []
}

export function recordFacts(records: readonly FactRecord[]): RecordFacts {
  const all = parsed(records)
  const reopen = ofKind(all, 'transition')
    .filter((r) => r.data.action === 'remediate')
    .at(-1)
  const reopenedAt = reopen?.createdAt ?? null
  const current = all.filter((r) => !ROUND_KINDS.has(r.kind) || !reopenedAt || r.createdAt > reopenedAt)
  const events: Partial<Record<RecordEvent, string>> = {}
  const set = (event: RecordEvent, date: string | undefined) => {
    if (date) events[event] = date
  }

  const agreement = ofKind(current, 'agreement').at(-1)?.data ?? null
  const terms = agreement
    ? termStates(
        agreement,
        ofKind(current, 'performance').map((r) => r.data),
      )
    : []
  if (terms.length && terms.every((t) => t.performed === 'full'))
    set('performed', latestDate(terms.map((t) => t.performedOn)))
  set('unperformed-notified', ofKind(current, 'non-performance').at(-1)?.data.notifiedAt)

  const applications = ofKind(current, 'judicial-confirmation').map((r) => r.data)
  const rulings = ofKind(current, 'confirmation-ruling').map((r) => r.data)
  const confirmation = confirmationOf(applications, rulings)
  set('confirmation-applied', applications.at(-1)?.appliedAt)
  set('confirmation-ruled', rulings.at(-1)?.rulingAt || applications.at(-1)?.rulingAt)

  const referral = ofKind(current, 'court-referral').at(-1)?.data
  set('court-referred', referral?.referredAt)
  set('court-reported', ofKind(current, 'court-report').at(-1)?.data.reportedAt)

  const accident = ofKind(current, 'accident-report').at(-1)?.data
  set('accident-report-received', accident?.receivedAt)
  set('mediation-applied', accident?.appliedAt)
  set('loss-fixed', ofKind(current, 'loss-fixed').at(-1)?.data.at)

  const notices = ofKind(current, 'session-notice').map((r) => r.data)
  const scheduled = notices.at(-1)?.sessionDate
  set('session-scheduled', scheduled)
  set(
    'session-notified',
    latestDate(notices.filter((n) => n.sessionDate === scheduled).map((n) => n.notifiedAt)),
  )

  const closing = ofKind(current, 'transition')
    .filter((r) => (!reopenedAt || r.createdAt > reopenedAt) && r.data.action in CLOSING_ACTIONS)
    .at(-1)

  return {
    agreementForm: agreement?.form ?? null,
    confirmation,
    procedure: referral?.procedure ?? null,
    courtDeadline: referral?.deadline ?? '',
    terms: terms.map(({ n, dueDate, performed }) => ({ n, dueDate, performed })),
    closure: closing ? (CLOSING_ACTIONS[closing.data.action] ?? null) : null,
    massPersons: ofKind(current, 'mass-dispute').at(-1)?.data.persons ?? 0,
    coMediatorIds: coMediatorsAfter(all.flatMap(mediatorMove)),
    events,
    extensionDays: ofKind(current, 'extension').reduce((sum, r) => sum + r.data.days, 0),
    reopenedAt,
  }
}

/** How far an agreement is performed overall: no terms tracked yet, none, some, or all of them. */
export function performanceOf(terms: readonly TermProgress[]): 'none' | 'partial' | 'full' {
  if (!terms.length) return 'none'
  if (terms.every((t) => t.performed === 'full')) return 'full'
  return terms.some((t) => t.performed !== 'none') ? 'partial' : 'none'
}
