/**
 * A case's history while it is being planned: the records so far (days after registration, written
 * once their times are known) and what the record builders share.
 */
import type { AdminSector, CaseStatus, DisputeType, MediationKind } from '../domain/cases/catalogues'
import type { CaseDraft } from '../domain/cases/draft'
import type { PartyInput } from '../domain/cases/party'
import type { RecordInput, RecordKind } from '../domain/cases/records'
import type { TransitionDef } from '../domain/workflow/workflows'
import type { Ctx, Template, TermSeed } from './narratives'
import type { Parties } from './parties'
import type { District } from './places'
import type { Rng } from './random'

/** One planned record: days after registration, and how to write it once its time is known. */
export interface Planned {
  day: number
  kind: RecordKind
  make: (ms: number) => unknown
}

export function record<K extends RecordKind>(
  kind: K,
  day: number,
  make: (ms: number) => RecordInput<K>,
): Planned {
  return { day, kind, make }
}

/** One case being planned: its fixed choices, and the plan as it grows. */
export interface CaseState {
  readonly r: Rng
  readonly index: number
  readonly kind: MediationKind
  readonly sector: AdminSector | null
  readonly type: DisputeType
  readonly status: CaseStatus
  readonly district: District
  readonly template: Template
  /** Filled in once registration time is known (the story's dates are relative to it). */
  readonly ctx: Ctx
  readonly parties: Parties
  /** First applicant and first respondent. */
  readonly a: PartyInput
  readonly b: PartyInput
  readonly partyIds: string[]
  readonly mediator: string
  readonly second: string
  readonly place: string
  readonly court: boolean
  readonly plan: Planned[]
  readonly terms: { id: string; seed: TermSeed }[]
  /** Days after registration of the step being planned. */
  day: number
  /** Written once registration time is known; the agreement repeats it. */
  caseFacts: string
  outcome: CaseDraft['outcome']
  /** The agreement's form (a written one is signed and sealed on the day it is reached). */
  agreementForm: 'written' | 'oral' | null
  confirmation: 'none' | 'applied' | 'confirmed'
  /** How far the agreed terms are performed so far, and what each sum has been paid. */
  performed: 'none' | 'partial' | 'full'
  paidFen: Map<string, number>
}

/** Moves the plan `lo`–`hi` days on (court cases move about twice as fast). */
export function gap(s: CaseState, lo: number, hi: number): void {
  s.day += s.r.int(lo, s.court ? Math.max(lo, Math.ceil(hi / 2)) : hi)
}

/** The `transition` record for a workflow step. */
export function transition(s: CaseState, t: TransitionDef, from: CaseStatus, reason = ''): void {
  s.plan.push(
    record('transition', s.day, () => ({ action: t.action, from, to: t.to, reason, byName: s.mediator })),
  )
}
