/**
 * Deterministic randomness for demo data: one pure-rand generator per case, derived from the seed
 * and the case's index, so case #n is the same whether it is generated alone, in a chunk or in a
 * run of 100,000 (that is what lets the benchmark generate chunk by chunk).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'

/** A 32-bit mix (murmur3's finaliser) of the seed and a stream number. */
export function mixSeed(seed: number, stream: number): number {
  const lo = seed >>> 0
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0
  let h = lo ^ Math.imul(hi ^ 0x5bd1e995, 0x27d4eb2d) ^ Math.imul(stream + 0x6a09e667, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}

const cumulative = new WeakMap<object, number[]>()

export class Rng {
  private readonly g: RandomGenerator

  constructor(seed: number) {
    this.g = xoroshiro128plus(seed)
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return max <= min ? min : uniformInt(this.g, min, max)
  }

  /** Float in [0, 1). */
  float(): number {
    return (this.g.next() + 0x8000_0000) / 0x1_0000_0000
  }

  chance(p: number): boolean {
    return this.float() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T
  }

  /**
   * Picks by weight; `entries` must not be empty. Tables are summed once and remembered, so pass
   * module-level constants in hot paths.
   */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let cum = cumulative.get(entries)
    if (!cum) {
      let total = 0
      cum = entries.map(([, w]) => (total += w))
      cumulative.set(entries, cum)
    }
    const x = this.float() * (cum[cum.length - 1] as number)
    let lo = 0
    let hi = cum.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (x < (cum[mid] as number)) hi = mid
      else lo = mid + 1
    }
    return (entries[lo] as readonly [T, number])[0]
  }

  /** A multiple of `step` in [min, max]. */
  amount(min: number, max: number, step: number): number {
    return this.int(Math.ceil(min / step), Math.floor(max / step)) * step
  }

  /** `n` distinct items (or all of them when there are fewer). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = items.slice()
    const out: T[] = []
    while (out.length < n && copy.length) out.push(copy.splice(this.int(0, copy.length - 1), 1)[0] as T)
    return out
  }
}
