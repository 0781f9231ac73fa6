/** When a planned case was registered and when each of its records was written. */
import type { CaseStatus } from '../domain/cases/catalogues'
import { STATUS_PLAN } from './lifecycle'
import type { Planned } from './plan'
import type { Rng } from './random'
import { DAY, localMidnight, MINUTE } from './time'

export interface Timeline {
  /** Registration time (already shifted back). */
  createdMs: number
  /** Each record's time, before the shift. */
  times: number[]
  /** How far the whole history is moved back so that nothing lies in the future. */
  shift: number
}

/**
 * Registration: old enough for everything that happened since, about as old as cases in this status
 * are; then the records at office hours on their planned days. `plan` must be in day order.
 */
export function schedule(r: Rng, plan: readonly Planned[], status: CaseStatus, now: number): Timeline {
  const span = plan.length ? (plan[plan.length - 1] as Planned).day : 0
  const plan_ = STATUS_PLAN[status]
  const age = r.int(Math.max(plan_.minAge, span + (span > 0 ? 1 : 0)), Math.max(plan_.maxAge, span + 1))
  const today = localMidnight(now)
  const createdDay = today - age * DAY
  let createdMs = createdDay + r.int(8 * 60, 16 * 60 + 30) * MINUTE + r.int(0, 59_999)
  if (createdMs > now - 3 * 60 * MINUTE) createdMs = now - r.int(3 * 60, 12 * 60) * MINUTE

  const times: number[] = []
  let prev = createdMs
  for (const p of plan) {
    let ms = createdDay + p.day * DAY + r.int(8 * 60 + 30, 17 * 60 + 30) * MINUTE
    if (ms <= prev) ms = prev + r.int(5, 90) * MINUTE
    times.push(ms)
    prev = ms
  }
  // Nothing may lie in the future: shift the whole history back if the last step would.
  const latest = times.length ? (times[times.length - 1] as number) : createdMs
  const limit = now - r.int(1, 30) * MINUTE
  const shift = latest > limit ? latest - limit : 0
  createdMs -= shift
  return { createdMs, times, shift }
}
