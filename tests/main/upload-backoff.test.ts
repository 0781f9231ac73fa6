import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_BACKOFF, nextDelay, retryAfterMs } from '../../main/upload/backoff'

const middle = () => 0.5

describe('backoffDelay', () => {
  it('doubles from 30 s and stops at one hour', () => {
    const delays = Array.from({ length: 10 }, (_, i) => backoffDelay(i + 1, middle))
    expect(delays).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000,
    ])
  })

  it('stays capped for absurd failure counts', () => {
    expect(backoffDelay(10_000, middle)).toBe(DEFAULT_BACKOFF.capMs)
  })

  it('jitters within ±20 %, never above the cap', () => {
    expect(backoffDelay(1, () => 0)).toBe(24_000)
    expect(backoffDelay(1, () => 0.999999)).toBe(36_000)
    expect(backoffDelay(3, () => 0.25)).toBe(108_000)
    expect(backoffDelay(20, () => 0.999999)).toBe(3_600_000)
    expect(backoffDelay(20, () => 0)).toBe(2_880_000)
  })
})

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-25T08:00:00Z')

  it('reads delta seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000)
    expect(retryAfterMs(' 0 ', now)).toBe(0)
    expect(retryAfterMs('Wed, 25 Nov 2026 08:05:00 GMT', now)).toBe(300_000)
    expect(retryAfterMs('Wed, 25 Nov 2026 07:00:00 GMT', now)).toBe(0)
  })

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(null, now)).toBeNull()
    expect(retryAfterMs('soon', now)).toBeNull()
    expect(retryAfterMs('-5', now)).toBeNull()
  })
})

describe('nextDelay', () => {
  it('takes the longer of backoff and Retry-After, within the cap', () => {
    expect(nextDelay(1, null, middle)).toBe(30_000)
    expect(nextDelay(1, 5_000, middle)).toBe(30_000)
    expect(nextDelay(1, 600_000, middle)).toBe(600_000)
    expect(nextDelay(1, 86_400_000, middle)).toBe(3_600_000)
  })
})
