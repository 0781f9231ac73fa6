/**
 * The statutory table (人民调解工作统计表) as the district expects it: one row per reported dispute
 * type in DISPUTE_TYPES order, then 合计; one column per measure, some under a shared heading
 * (受理数 by source, each prevention in 件 and 人, 排查). Codes only — labels come from the caller.
 */
import { DISPUTE_TYPES, PREVENTION_FLAGS, type DisputeType } from '../cases/catalogues'
import { computeStatistics, type ComputeArgs } from './compute'
import type { Measure } from './measures'

export type ColumnFormat = 'count' | 'rate' | 'fen'

export interface StatutoryColumn {
  measure: Measure
  format: ColumnFormat
}

/** A heading over one or more columns; a heading of one column without `group` spans both header rows. */
export interface StatutoryHeading {
  group: string | null
  columns: StatutoryColumn[]
}

const count = (measure: Measure): StatutoryColumn => ({ measure, format: 'count' })

export const STATUTORY_HEADINGS: readonly StatutoryHeading[] = [
  {
    group: 'received',
    columns: [
      count('received'),
      count('receivedApplication'),
      count('receivedProactive'),
      count('receivedReferred'),
    ],
  },
  { group: null, columns: [count('succeeded')] },
  { group: null, columns: [count('concluded')] },
  { group: null, columns: [{ measure: 'successRate', format: 'rate' }] },
  { group: null, columns: [{ measure: 'agreementAmountFen', format: 'fen' }] },
  { group: null, columns: [count('persons')] },
  ...PREVENTION_FLAGS.map((f) => ({
    group: `prevention-${f}`,
    columns: [count(`prevention-${f}-cases`), count(`prevention-${f}-persons`)],
  })),
  { group: 'screening', columns: [count('screenings'), count('screeningFound')] },
]

export const STATUTORY_COLUMNS: readonly StatutoryColumn[] = STATUTORY_HEADINGS.flatMap((h) => h.columns)

export type StatutoryRowKey = DisputeType | 'total'

export interface StatutoryRow {
  key: StatutoryRowKey
  /** In STATUTORY_COLUMNS order; null where a measure does not apply (排查 per dispute type). */
  values: (number | null)[]
}

export interface StatutoryTable {
  range: ComputeArgs['range']
  rows: StatutoryRow[]
}

export function statutoryTable(args: Omit<ComputeArgs, 'groupBy'>): StatutoryTable {
  const stats = computeStatistics({ ...args, groupBy: 'disputeType' })
  const byType = new Map(stats.rows.map((r) => [r.key, r.measures]))
  const values = (m: (typeof stats)['total']) => STATUTORY_COLUMNS.map((c) => m[c.measure])
  return {
    range: args.range,
    rows: [
      ...DISPUTE_TYPES.map((key) => {
        const measures = byType.get(key)
        if (!measures) throw new Error(`statistics: no row for ${key}`)
        return { key, values: values(measures) }
      }),
      { key: 'total', values: values(stats.total) },
    ],
  }
}
