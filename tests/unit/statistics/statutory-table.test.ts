import { describe, expect, it } from 'vitest'
import { DISPUTE_TYPES } from '../../../renderer/src/domain/cases/catalogues'
import {
  STATUTORY_COLUMNS,
  STATUTORY_HEADINGS,
  periodRange,
  statutoryTable,
} from '../../../renderer/src/domain/statistics'
import { makeAgreedInput, makeStatInput } from '../../builders/stat-inputs'

const Q4 = periodRange({ kind: 'quarter', year: 2026, quarter: 4 })
const col = (measure: string) => STATUTORY_COLUMNS.findIndex((c) => c.measure === measure)

describe('statutoryTable', () => {
  const inputs = [
    makeAgreedInput('2026-10-10', 100_000, {
      disputeType: 'traffic',
      registeredOn: '2026-10-01',
      persons: 2,
    }),
    makeAgreedInput('2026-12-31', 25, { disputeType: 'traffic', registeredOn: '2026-12-30', persons: 3 }),
    makeStatInput({
      disputeType: 'medical',
      source: 'police-transfer',
      registeredOn: '2026-11-11',
      persons: 4,
    }),
    makeStatInput({ disputeType: 'medical', registeredOn: '2027-01-01' }),
  ]
  const table = statutoryTable({ inputs, screenings: [{ date: '2026-11-01', found: 3 }], range: Q4 })

  it('a row per dispute type in the reported order, then the total', () => {
    expect(table.rows.map((r) => r.key)).toEqual([...DISPUTE_TYPES, 'total'])
    for (const r of table.rows) expect(r.values).toHaveLength(STATUTORY_COLUMNS.length)
  })

  it('measures by dispute type; 排查 only in the total', () => {
    const traffic = table.rows.find((r) => r.key === 'traffic')?.values ?? []
    expect(traffic[col('received')]).toBe(2)
    expect(traffic[col('succeeded')]).toBe(2)
    expect(traffic[col('successRate')]).toBe(1)
    expect(traffic[col('agreementAmountFen')]).toBe(100_025)
    expect(traffic[col('persons')]).toBe(5)
    expect(traffic[col('screenings')]).toBeNull()
    const medical = table.rows.find((r) => r.key === 'medical')?.values ?? []
    // Changed rule: 成功率 is ÷ 受理数 (this test once divided by 办结数, giving no rate here).
    expect([medical[col('received')], medical[col('receivedReferred')], medical[col('successRate')]]).toEqual(
      [1, 1, 0],
    )
    const total = table.rows.at(-1)?.values ?? []
    expect(total[col('received')]).toBe(3)
    expect(total[col('persons')]).toBe(9)
    expect([total[col('screenings')], total[col('screeningFound')]]).toEqual([1, 3])
  })

  it('the total row of each count is the sum of the type rows', () => {
    STATUTORY_COLUMNS.forEach((c, i) => {
      if (c.format === 'rate' || c.measure.startsWith('screening')) return
      const sum = table.rows.slice(0, -1).reduce((s, r) => s + (r.values[i] ?? 0), 0)
      expect(table.rows.at(-1)?.values[i]).toBe(sum)
    })
  })

  it('headings group 受理数 by source, each prevention in 件 and 人, and 排查', () => {
    expect(STATUTORY_HEADINGS.map((h) => [h.group, h.columns.length])).toEqual([
      ['received', 4],
      ['succeeded', 3],
      [null, 1],
      [null, 1],
      [null, 1],
      [null, 1],
      ['confirmation', 2],
      ['performance', 2],
      [null, 1],
      ['mass-dispute', 2],
      ['prevention-criminal', 2],
      ['prevention-suicide', 2],
      ['prevention-mass-incident', 2],
      ['prevention-mass-fight', 2],
      ['prevention-mass-petition', 2],
      ['screening', 3],
    ])
  })
})
