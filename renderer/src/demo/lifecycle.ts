/**
 * Where a demo case stands and how it got there: every status reachable in its kind's workflow
 * (WORKFLOWS, not a copy of it), chosen with realistic weights, and a path of transitions from
 * 登记 to that status that the workflow allows.
 */
import type { AdminSector, CaseStatus, MediationKind } from '../domain/cases/catalogues'
import { WORKFLOWS, type Action, type TransitionDef } from '../domain/workflow/workflows'
import type { Rng } from './random'

/** How often a status occurs, and how many days old a case in it usually is. */
export const STATUS_PLAN: Record<CaseStatus, { weight: number; minAge: number; maxAge: number }> = {
  registered: { weight: 4, minAge: 0, maxAge: 6 },
  accepted: { weight: 3, minAge: 0, maxAge: 12 },
  rejected: { weight: 2.5, minAge: 0, maxAge: 715 },
  notified: { weight: 3, minAge: 1, maxAge: 20 },
  investigating: { weight: 3, minAge: 2, maxAge: 30 },
  mediating: { weight: 6, minAge: 3, maxAge: 45 },
  agreed: { weight: 4, minAge: 3, maxAge: 60 },
  performing: { weight: 4, minAge: 10, maxAge: 150 },
  urging: { weight: 1.5, minAge: 30, maxAge: 200 },
  visited: { weight: 3, minAge: 20, maxAge: 150 },
  closed: { weight: 10, minAge: 15, maxAge: 400 },
  terminated: { weight: 4, minAge: 5, maxAge: 500 },
  archived: { weight: 50, minAge: 40, maxAge: 715 },
}

/** At a fork, how likely each step is (rejection and termination are the exception). */
const ACTION_WEIGHT: Record<Action, number> = {
  accept: 1,
  reject: 0.06,
  notify: 1,
  investigate: 0.45,
  mediate: 0.55,
  agree: 1,
  perform: 0.75,
  urge: 0.08,
  visit: 0.5,
  close: 0.6,
  'close-unperformed': 0.5,
  'return-police': 0.1,
  remediate: 0,
  'report-court': 1,
  terminate: 0.05,
  archive: 1,
}

/**
 * The steps a demo case may take from a status. The demo plans no 司法确认 rejection, so the steps
 * that follow one (re-mediation, termination after it) are never on its paths.
 */
export function stepsFrom(
  kind: MediationKind,
  sector: AdminSector | null,
  status: CaseStatus,
): TransitionDef[] {
  return WORKFLOWS[kind].filter(
    (t) =>
      t.from.includes(status) &&
      (!t.sectors || (sector != null && t.sectors.includes(sector))) &&
      !(t.exceptSectors && sector != null && t.exceptSectors.includes(sector)) &&
      !t.conditions?.includes('confirmation-rejected'),
  )
}

const reachCache = new Map<string, Map<CaseStatus, ReadonlySet<CaseStatus>>>()

/** Every status reachable from `from` (itself included). */
export function reachableFrom(
  kind: MediationKind,
  sector: AdminSector | null,
  from: CaseStatus = 'registered',
): ReadonlySet<CaseStatus> {
  const key = sector ? `${kind}|${sector}` : kind
  let byStatus = reachCache.get(key)
  if (!byStatus) reachCache.set(key, (byStatus = new Map()))
  let set = byStatus.get(from)
  if (!set) {
    const seen = new Set<CaseStatus>([from])
    const queue: CaseStatus[] = [from]
    while (queue.length) {
      const s = queue.shift() as CaseStatus
      for (const t of stepsFrom(kind, sector, s)) {
        if (!seen.has(t.to)) {
          seen.add(t.to)
          queue.push(t.to)
        }
      }
    }
    set = seen
    byStatus.set(from, set)
  }
  return set
}

const statusChoices = new Map<string, (readonly [CaseStatus, number])[]>()

export function chooseStatus(r: Rng, kind: MediationKind, sector: AdminSector | null): CaseStatus {
  const key = `${kind}|${sector ?? ''}`
  let choices = statusChoices.get(key)
  if (!choices) {
    const reachable = reachableFrom(kind, sector)
    choices = [...reachable].map((s) => [s, STATUS_PLAN[s].weight] as const)
    statusChoices.set(key, choices)
  }
  return r.weighted(choices)
}

/** A random path of workflow steps from 登记 to `target`. */
export function choosePath(
  r: Rng,
  kind: MediationKind,
  sector: AdminSector | null,
  target: CaseStatus,
): TransitionDef[] {
  const path: TransitionDef[] = []
  let status: CaseStatus = 'registered'
  while (status !== target) {
    const options: (readonly [TransitionDef, number])[] = stepsFrom(kind, sector, status)
      .filter((t) => reachableFrom(kind, sector, t.to).has(target))
      .map((t) => [t, ACTION_WEIGHT[t.action]] as const)
    if (!options.length) throw new Error(`no path from ${status} to ${target} for ${kind}`)
    const step: TransitionDef = r.weighted(options)
    path.push(step)
    status = step.to
  }
  return path
}
