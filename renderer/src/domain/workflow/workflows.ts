/**
 * The workflows of the three kinds of mediation, as data: which action moves a case from which
 * statuses to which, which records must exist first, and whether a reason is required. The UI
 * offers exactly the transitions `availableTransitions` returns; the repository re-checks them.
 */
import type { AdminSector, CaseStatus, MediationKind } from '../cases/catalogues'
import type { RecordKind } from '../cases/records'

export const ACTIONS = [
  'accept',
  'reject',
  'notify',
  'investigate',
  'mediate',
  'agree',
  'perform',
  'visit',
  'report-court',
  'close',
  'terminate',
  'archive',
] as const
export type Action = (typeof ACTIONS)[number]

export interface TransitionDef {
  action: Action
  from: readonly CaseStatus[]
  to: CaseStatus
  /** Records that must exist on the case before this step. */
  requires?: readonly RecordKind[]
  /** A reason must be written (rejection, for instance). */
  reason?: boolean
  /** Limits an administrative step to some sectors. */
  sectors?: readonly AdminSector[]
}

const WORKING: readonly CaseStatus[] = ['accepted', 'notified', 'investigating', 'mediating']

const intake: TransitionDef[] = [
  { action: 'accept', from: ['registered'], to: 'accepted' },
  { action: 'reject', from: ['registered'], to: 'rejected', reason: true },
  { action: 'notify', from: ['accepted'], to: 'notified', requires: ['notice'] },
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
  { action: 'perform', from: ['agreed'], to: 'performing' },
  { action: 'visit', from: ['agreed', 'performing'], to: 'visited', requires: ['visit'] },
  { action: 'close', from: ['visited'], to: 'closed' },
  ...ending,
]

/** 行政调解: as people's mediation; investigation only where the sector investigates facts. */
const administrative: TransitionDef[] = [
  ...intake,
  {
    action: 'investigate',
    from: ['notified'],
    to: 'investigating',
    sectors: ['public-security', 'traffic', 'land', 'other'],
  },
  { action: 'mediate', from: ['notified', 'investigating'], to: 'mediating' },
  { action: 'agree', from: ['mediating'], to: 'agreed', requires: ['session', 'agreement'] },
  { action: 'perform', from: ['agreed'], to: 'performing' },
  { action: 'visit', from: ['agreed', 'performing'], to: 'visited', requires: ['visit'] },
  { action: 'close', from: ['agreed', 'performing', 'visited'], to: 'closed' },
  ...ending,
]

/** 委派 / 委托调解: the court's referral is recorded at intake; the result is reported back before closing. */
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

export const WORKFLOWS: Record<MediationKind, readonly TransitionDef[]> = {
  people,
  administrative,
  'court-delegated': courtLinked,
  'court-entrusted': courtLinked,
}

export interface TransitionContext {
  kind: MediationKind
  sector?: AdminSector | null
  status: CaseStatus
  /** How many records of each kind the case has. */
  records: Partial<Record<RecordKind, number>>
}

export interface AvailableTransition extends TransitionDef {
  /** Records still missing; empty when the step may be taken now. */
  missing: RecordKind[]
}

/** Steps that start from the current status (with what each still needs). */
export function availableTransitions(ctx: TransitionContext): AvailableTransition[] {
  return WORKFLOWS[ctx.kind]
    .filter((t) => t.from.includes(ctx.status))
    .filter((t) => !t.sectors || (ctx.sector != null && t.sectors.includes(ctx.sector)))
    .map((t) => ({ ...t, missing: (t.requires ?? []).filter((k) => !ctx.records[k]) }))
}

export type TransitionCheck =
  | { ok: true; to: CaseStatus }
  | { ok: false; problem: 'not-allowed' }
  | { ok: false; problem: 'records-missing'; missing: RecordKind[] }
  | { ok: false; problem: 'reason-required' }

export function checkTransition(ctx: TransitionContext, action: Action, reason: string): TransitionCheck {
  const t = availableTransitions(ctx).find((x) => x.action === action)
  if (!t) return { ok: false, problem: 'not-allowed' }
  if (t.missing.length) return { ok: false, problem: 'records-missing', missing: t.missing }
  if (t.reason && !reason.trim()) return { ok: false, problem: 'reason-required' }
  return { ok: true, to: t.to }
}
