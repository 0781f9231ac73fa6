/**
 * Totals kept per month, quarter and year (issue 17, district statistics): for any cases, the table
 * from their summed totals is exactly computeStatistics over the cases — for every kept period and
 * every grouping — and taking a case's totals away again (a re-imported, newer copy) leaves the
 * totals of the others.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OUTCOMES } from '../../../renderer/src/domain/cases/case'
import {
  ADMIN_SECTORS,
  CASE_SOURCES,
  DISPUTE_TYPES,
  MEDIATION_KINDS,
} from '../../../renderer/src/domain/cases/catalogues'
import {
  addCase,
  GROUP_BYS,
  computeStatistics,
  periodRange,
  tableFromTotals,
  totalledPeriodOf,
  totalsEmpty,
  totalsOfCase,
  type Period,
  type StatInput,
  type TotalsByPeriod,
} from '../../../renderer/src/domain/statistics'
import { preventionsOn } from '../../builders/stat-arbitraries'
import { makeStatInput } from '../../builders/stat-inputs'

const day = fc
  .date({ min: new Date('2025-11-01T00:00:00Z'), max: new Date('2026-02-28T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const days = fc.array(day, { maxLength: 3 })

const input: fc.Arbitrary<StatInput> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom(...MEDIATION_KINDS),
    sector: fc.option(fc.constantFrom(...ADMIN_SECTORS), { nil: null }),
    disputeType: fc.constantFrom(...DISPUTE_TYPES),
    source: fc.constantFrom(...CASE_SOURCES),
    outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
    mediatorId: fc.constantFrom('m1', 'm2', 'm3'),
    acceptedOn: fc.option(day, { nil: null }),
    concludedOn: day,
    agreementForm: fc.option(fc.constantFrom('written' as const, 'oral' as const), { nil: null }),
    agreementAmountFen: fc.nat(10_000_000),
    persons: fc.integer({ min: 0, max: 30 }),
    massPersons: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
    confirmationApplied: days,
    confirmed: days,
    performedOn: fc.option(day, { nil: null }),
    unperformedOn: fc.option(day, { nil: null }),
    visits: days,
    preventions: preventionsOn(day),
  })
  .map((r) => makeStatInput({ ...r, concludedOn: r.outcome ? r.concludedOn : null }))

/** Every kept period the generated days fall in. */
const PERIODS: Period[] = [
  { kind: 'month', year: 2025, month: 11 },
  { kind: 'month', year: 2025, month: 12 },
  { kind: 'month', year: 2026, month: 1 },
  { kind: 'month', year: 2026, month: 2 },
  { kind: 'quarter', year: 2025, quarter: 4 },
  { kind: 'quarter', year: 2026, quarter: 1 },
  { kind: 'year', year: 2025 },
  { kind: 'year', year: 2026 },
]

function summed(inputs: readonly StatInput[]): TotalsByPeriod {
  const totals: TotalsByPeriod = new Map()
  for (const i of inputs) addCase(totals, i)
  return totals
}

describe('kept totals', () => {
  it('give the same table as the cases, for every kept period and grouping', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), (inputs) => {
        const totals = summed(inputs)
        for (const period of PERIODS) {
          const range = periodRange(period)
          const key = totalledPeriodOf(range) as string
          const kept = totals.get(key)
          for (const groupBy of [null, ...GROUP_BYS]) {
            const args = { screenings: [{ date: range.from, found: 2 }], range, groupBy }
            expect(tableFromTotals(kept ? [kept] : [], args)).toEqual(computeStatistics({ inputs, ...args }))
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('of many rooms add up, and taking a case away leaves the others', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 20 }), fc.array(input, { maxLength: 20 }), (a, b) => {
        const ta = summed(a)
        const both = summed([...a, ...b])
        for (const i of b) addCase(both, i, -1)
        for (const [key, totals] of both) {
          const expected = ta.get(key)
          if (expected) expect(totals).toEqual(expected)
          else expect(totalsEmpty(totals)).toBe(true)
        }
        // Two rooms' totals read together are the statistics of both rooms' cases.
        const tb = summed(b)
        const range = periodRange({ kind: 'quarter', year: 2026, quarter: 1 })
        const parts = [ta.get('2026-Q1'), tb.get('2026-Q1')].filter((t) => !!t)
        expect(tableFromTotals(parts, { screenings: [], range, groupBy: 'mediator' })).toEqual(
          computeStatistics({ inputs: [...a, ...b], screenings: [], range, groupBy: 'mediator' }),
        )
      }),
      { numRuns: 200 },
    )
  })

  it('are kept for whole months, quarters and years only', () => {
    expect(totalledPeriodOf({ from: '2026-02-01', to: '2026-02-28' })).toBe('2026-02')
    expect(totalledPeriodOf({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026-Q4')
    expect(totalledPeriodOf({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026')
    expect(totalledPeriodOf({ from: '2026-02-01', to: '2026-02-27' })).toBeNull()
    expect(totalledPeriodOf({ from: '2026-01-01', to: '2026-02-28' })).toBeNull()
  })

  it('take any group key as data: an own property name reaches no prototype', () => {
    const odd = ['__proto__', 'constructor', 'toString'].map((mediatorId) =>
      makeStatInput({ mediatorId, registeredOn: '2026-01-05', acceptedOn: '2026-01-05' }),
    )
    const totals = summed(odd)
    const range = periodRange({ kind: 'month', year: 2026, month: 1 })
    const args = { screenings: [], range, groupBy: 'mediator' as const }
    expect(tableFromTotals([totals.get('2026-01')!], args)).toEqual(
      computeStatistics({ inputs: odd, ...args }),
    )
    expect(({} as Record<string, unknown>).received).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).received).toBeUndefined()
  })

  it('count a case visited twice in a quarter once in the quarter, once in each month', () => {
    const visited = makeStatInput({ visits: ['2026-01-05', '2026-02-05'] })
    const totals = totalsOfCase(visited)
    expect(totals.get('2026-01')?.total.visited).toBe(1)
    expect(totals.get('2026-02')?.total.visited).toBe(1)
    expect(totals.get('2026-Q1')?.total.visited).toBe(1)
    expect(totals.get('2026')?.total.visited).toBe(1)
  })
})
