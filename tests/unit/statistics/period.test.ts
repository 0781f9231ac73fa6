import { describe, expect, it } from 'vitest'
import {
  inRange,
  parsePeriodKey,
  periodContaining,
  periodKey,
  periodRange,
  periodSchema,
  type Period,
} from '../../../renderer/src/domain/statistics'

describe('periods', () => {
  it('a month runs from its first to its last day, February included', () => {
    expect(periodRange({ kind: 'month', year: 2026, month: 11 })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    })
    expect(periodRange({ kind: 'month', year: 2028, month: 2 })).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    })
    expect(periodRange({ kind: 'month', year: 2026, month: 2 })).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    })
  })

  it('quarters and years', () => {
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 2 })).toEqual({
      from: '2026-04-01',
      to: '2026-06-30',
    })
    expect(periodRange({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
    })
    expect(periodRange({ kind: 'year', year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(periodRange({ kind: 'custom', from: '2026-11-03', to: '2026-11-03' })).toEqual({
      from: '2026-11-03',
      to: '2026-11-03',
    })
  })

  it('keys round-trip and anything else is refused', () => {
    const periods: Period[] = [
      { kind: 'month', year: 2026, month: 3 },
      { kind: 'quarter', year: 2026, quarter: 4 },
      { kind: 'year', year: 2025 },
      { kind: 'custom', from: '2026-11-01', to: '2026-11-15' },
    ]
    expect(periods.map(periodKey)).toEqual(['2026-03', '2026-Q4', '2025', '2026-11-01..2026-11-15'])
    for (const p of periods) expect(parsePeriodKey(periodKey(p))).toEqual(p)
    for (const bad of [
      '2026-13',
      '2026-Q5',
      '2026-Q0',
      '26',
      '2026-11-15..2026-11-01',
      '2026-02-30..2026-03-01',
      'x',
    ])
      expect(parsePeriodKey(bad)).toBeNull()
  })

  it('a custom period must not end before it starts', () => {
    const r = periodSchema.safeParse({ kind: 'custom', from: '2026-11-02', to: '2026-11-01' })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('statisticsValidation.periodOrder')
  })

  it('the period containing a day', () => {
    expect(periodContaining('month', '2026-11-25')).toEqual({ kind: 'month', year: 2026, month: 11 })
    expect(periodContaining('quarter', '2026-07-01')).toEqual({ kind: 'quarter', year: 2026, quarter: 3 })
    expect(periodContaining('year', '2026-07-01')).toEqual({ kind: 'year', year: 2026 })
  })

  it('ranges include both ends', () => {
    const r = { from: '2026-11-01', to: '2026-11-30' }
    expect(['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01'].map((d) => inRange(d, r))).toEqual([
      false,
      true,
      true,
      false,
    ])
    expect(inRange(null, r)).toBe(false)
  })
})
