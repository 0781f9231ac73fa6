/**
 * The workflows of the three kinds of mediation, as data: which action moves a case from which
 * statuses to which, which records must exist first, what must hold of the case (an agreement
 * performed, a 司法确认 rejected), and whether a reason is required. The UI offers exactly the
 * transitions `availableTransitions` returns; the repository re-checks them.
 *
 * After an agreement the case follows its performance: 履行中 → 回访 → 结案 (履行完毕) once every
 * term is performed; otherwise 督促履行, and then either performance or 未履行 — the parties told
 * they may apply for 司法确认 and enforcement, or sue — and 结案. A 驳回 of the 司法确认 reopens the
 * case (re-mediation or a new agreement), or the parties are told to sue (终止).
 */
import type { AdminSector, CaseStatus, ConfirmationState, MediationKind } from '../cases/catalogues'
import type { RecordKind } from '../cases/records'

export const ACTIONS = [
  'accept',
  'reject',
  'notify',
  'investigate',
  'mediate',
  'agree',
  'perform',
  'urge',
  'visit',
  'report-court',
  'close',
  'close-unperformed',
  'return-police',
  'remediate',
  'terminate',
  'archive',
] as const
export type Action = (typeof ACTIONS)[number]

/**
 * What must hold of the case for a step. `performed`: every agreed term is performed;
 * `unperformed`: some term is not; `confirmation-rejected`: the court rejected the 司法确认.
 */
export const CONDITIONS = ['performed', 'unperformed', 'confirmation-rejected'] as const
export type Condition = (typeof CONDITIONS)[number]

/**
 * A step whose condition does not hold is shown disabled with the reason ('blocking'), or not
 * offered at all ('hidden') when it belongs to another path.
 */
const CONDITION_DISPLAY: Record<Condition, 'blocking' | 'hidden'> = {
  performed: 'blocking',
  unperformed: 'hidden',
  'confirmation-rejected': 'hidden',
}

export interface TransitionDef {
  action: Action
  from: readonly CaseStatus[]
  to: CaseStatus
  /** Records that must exist on the case before this step. */
  requires?: readonly RecordKind[]
  /** What must hold of the case before this step. */
  conditions?: readonly Condition[]
  /** A reason must be written (rejection, for instance). */
  reason?: boolean
  /** Limits an administrative step to some sectors (or, with `exceptSectors`, keeps it from them). */
  sectors?: readonly AdminSector[]
  exceptSectors?: readonly AdminSector[]
}

const WORKING: readonly CaseStatus[] = ['accepted', 'notified', 'investigating', 'mediating']
/** An agreement in force, being performed: 达成协议, 履行中, 督促履行, 已回访. */
const AGREED: readonly CaseStatus[] = ['agreed', 'performing', 'urging', 'visited']

const intake: TransitionDef[] = [
  { action: 'accept', from: ['registered'], to: 'accepted' },
  { action: 'reject', from: ['registered'], to: 'rejected', reason: true },
  { action: 'notify', from: ['accepted'], to: 'notified', requires: ['notice'] },
]

/** A 驳回 (人民调解法 Art. 33): mediate again (a changed or new agreement), or end and tell them to sue. */
const afterRejection: TransitionDef[] = [
  { action: 'remediate', from: AGREED, to: 'mediating', conditions: ['confirmation-rejected'] },
  {
    action: 'terminate',
    from: AGREED,
    to: 'terminated',
    requires: ['termination'],
    conditions: ['confirmation-rejected'],
  },
]

/** 督促履行, and 未履行 with the parties told their routes, then 结案. */
const performance: TransitionDef[] = [
  { action: 'perform', from: ['agreed'], to: 'performing' },
  {
    action: 'urge',
    from: ['agreed', 'performing', 'visited'],
    to: 'urging',
    requires: ['urge'],
    conditions: ['unperformed'],
  },
  {
    action: 'close-unperformed',
    from: ['urging'],
    to: 'closed',
    requires: ['non-performance'],
    conditions: ['unperformed'],
  },
]

const ending: TransitionDef[] = [
  { action: 'terminate', from: WORKING, to: 'terminated', requires: ['termination'] },
  { action: 'archive', from: ['closed', 'terminated', 'rejected'], to: 'archived' },
]

/** 人民调解: 登记 → 受理 → 告知 → 调查 → 调解 → 协议 → 履行 → 回访 → 结案 → 归档. */
const people: TransitionDef[] = [
  ...intake,
  { action: 'investigate', from: ['notified'], to: 'investigating' },
  { action: 'mediate', from: ['notified', 'investigating'], to: 'mediating' },
  { action: 'agree', from: ['mediating'], to: 'agreed', requires: ['session', 'agreement'] },
  ...performance,
  { action: 'visit', from: ['agreed', 'performing', 'urging'], to: 'visited', requires: ['visit'] },
  { action: 'close', from: ['visited'], to: 'closed', conditions: ['performed'] },
  ...afterRejection,
  ...ending,
]

/**
 * 行政调解: as people's mediation; investigation only where the sector investigates facts; traffic
 * mediation starts once the loss is fixed (实施条例 Art. 94); a 治安 case whose mediation fails or
 * whose agreement is not performed goes back to the police for 处罚 (治安管理处罚法 Art. 9).
 */
const administrative: TransitionDef[] = [
  ...intake,
  {
    action: 'investigate',
    from: ['notified'],
    to: 'investigating',
    sectors: ['public-security', 'traffic', 'land', 'other'],
  },
  { action: 'mediate', from: ['notified', 'investigating'], to: 'mediating', exceptSectors: ['traffic'] },
  {
    action: 'mediate',
    from: ['notified', 'investigating'],
    to: 'mediating',
    requires: ['loss-fixed'],
    sectors: ['traffic'],
  },
  { action: 'agree', from: ['mediating'], to: 'agreed', requires: ['session', 'agreement'] },
  ...performance,
  { action: 'visit', from: ['agreed', 'performing', 'urging'], to: 'visited', requires: ['visit'] },
  { action: 'close', from: AGREED, to: 'closed', conditions: ['performed'] },
  {
    action: 'return-police',
    from: WORKING,
    to: 'terminated',
    requires: ['police-return'],
    sectors: ['public-security'],
  },
  {
    action: 'return-police',
    from: AGREED,
    to: 'closed',
    requires: ['police-return'],
    conditions: ['unperformed'],
    sectors: ['public-security'],
  },
  ...afterRejection,
  ...ending,
]

/**
 * 委派 / 委托调解: the court's referral is recorded at intake; the result is reported back before
 * closing. A 委派 limit that lapses is extended with the parties' consent or ends, the file going
 * back to the court for 立案 (see `courtLapse`).
 */
const courtLinked: TransitionDef[] = [
  { action: 'accept', from: ['registered'], to: 'accepted', requires: ['court-referral'] },
  { action: 'reject', from: ['registered'], to: 'rejected', reason: true },
  { action: 'notify', from: ['accepted'], to: 'notified', requires: ['notice'] },
  { action: 'mediate', from: ['notified'], to: 'mediating' },
  { action: 'agree', from: ['mediating'], to: 'agreed', requires: ['session', 'agreement'] },
  { action: 'terminate', from: WORKING, to: 'terminated', requires: ['termination'] },
  { action: 'report-court', from: ['agreed', 'terminated'], to: 'closed', requires: ['court-report'] },
  { action: 'archive', from: ['closed', 'rejected'], to: 'archived' },
]

/** 委派调解 can be confirmed (a 驳回 reopens it); 委托调解 is ended by the court, never confirmed. */
const delegated: TransitionDef[] = [...courtLinked, ...afterRejection]

export const WORKFLOWS: Record<MediationKind, readonly TransitionDef[]> = {
  people,
  administrative,
  'court-delegated': delegated,
  'court-entrusted': courtLinked,
}

/** What the conditions read: how far the agreement is performed and where its 司法确认 stands. */
export interface CaseState {
  /** 'full' when every agreed term is performed; 'none' also when nothing is tracked. */
  performance: 'none' | 'partial' | 'full'
  confirmation: ConfirmationState
}

export interface TransitionContext {
  kind: MediationKind
  sector?: AdminSector | null
  status: CaseStatus
  /** How many records of each kind the case has. */
  records: Partial<Record<RecordKind, number>>
  /** Missing means nothing agreed and nothing applied for. */
  state?: CaseState
}

export interface AvailableTransition extends TransitionDef {
  /** Records still missing; empty when the step may be taken now. */
  missing: RecordKind[]
  /** Conditions that do not hold yet (each shown as the reason the step is disabled). */
  unmet: Condition[]
}

const NO_STATE: CaseState = { performance: 'none', confirmation: 'none' }

export function conditionHolds(condition: Condition, state: CaseState): boolean {
  switch (condition) {
    case 'performed':
      return state.performance === 'full'
    case 'unperformed':
      return state.performance !== 'full'
    case 'confirmation-rejected':
      return state.confirmation === 'rejected'
  }
}

function inSector(t: TransitionDef, sector: AdminSector | null | undefined): boolean {
  if (t.sectors && !(sector != null && t.sectors.includes(sector))) return false
  if (t.exceptSectors && sector != null && t.exceptSectors.includes(sector)) return false
  return true
}

/** Steps that start from the current status (with what each still needs). */
export function availableTransitions(ctx: TransitionContext): AvailableTransition[] {
  const state = ctx.state ?? NO_STATE
  return WORKFLOWS[ctx.kind]
    .filter((t) => t.from.includes(ctx.status) && inSector(t, ctx.sector))
    .filter((t) =>
      (t.conditions ?? []).every((c) => CONDITION_DISPLAY[c] !== 'hidden' || conditionHolds(c, state)),
    )
    .map((t) => ({
      ...t,
      missing: (t.requires ?? []).filter((k) => !ctx.records[k]),
      unmet: (t.conditions ?? []).filter((c) => !conditionHolds(c, state)),
    }))
}

export type TransitionCheck =
  | { ok: true; to: CaseStatus }
  | { ok: false; problem: 'not-allowed' }
  | { ok: false; problem: 'records-missing'; missing: RecordKind[] }
  | { ok: false; problem: 'condition-unmet'; unmet: Condition[] }
  | { ok: false; problem: 'reason-required' }

export function checkTransition(ctx: TransitionContext, action: Action, reason: string): TransitionCheck {
  const t = availableTransitions(ctx).find((x) => x.action === action)
  if (!t) return { ok: false, problem: 'not-allowed' }
  if (t.missing.length) return { ok: false, problem: 'records-missing', missing: t.missing }
  if (t.unmet.length) return { ok: false, problem: 'condition-unmet', unmet: t.unmet }
  if (t.reason && !reason.trim()) return { ok: false, problem: 'reason-required' }
  return { ok: true, to: t.to }
}
