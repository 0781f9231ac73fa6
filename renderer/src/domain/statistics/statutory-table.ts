/**
 * The statutory tables as the district expects them, one per kind of mediation:
 * - 人民调解工作统计表: people's mediation only — with the 委派/委托 cases a 调委会 handles (when this
 *   room is a committee or a 司法所), one row per reported dispute type, then 合计;
 * - 行政调解工作统计表: administrative mediation, one row per sector, then 合计;
 * - 委派/委托调解统计表: court-linked mediation by a room that is not a 调委会, by kind, then 合计.
 * One column per measure, some under a shared heading (受理数 by source, 调解成功 书面/口头, 司法确认,
 * 履行, 群体性纠纷, each prevention in 件 and 人, 排查). Codes only — labels come from the caller.
 */
import {
  ADMIN_SECTORS,
  DISPUTE_TYPES,
  PREVENTION_FLAGS,
  type MediationKind,
  type PreventionFlag,
} from '../cases/catalogues'
import { computeStatistics, type ComputeArgs, type GroupBy } from './compute'
import type { Measure, RateBase } from './measures'

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
const rateColumn = (measure: Measure): StatutoryColumn => ({ measure, format: 'rate' })

/** The columns of every statutory table; `prevention` chooses which prevention flags it shows. */
export function statutoryHeadings(
  prevention: readonly PreventionFlag[] = PREVENTION_FLAGS,
): StatutoryHeading[] {
  return [
    {
      group: 'received',
      columns: [
        count('received'),
        count('receivedApplication'),
        count('receivedProactive'),
        count('receivedReferred'),
      ],
    },
    { group: 'succeeded', columns: [count('succeeded'), count('succeededWritten'), count('succeededOral')] },
    { group: null, columns: [count('concluded')] },
    { group: null, columns: [rateColumn('successRate')] },
    { group: null, columns: [{ measure: 'agreementAmountFen', format: 'fen' }] },
    { group: null, columns: [count('persons')] },
    { group: 'confirmation', columns: [count('confirmationApplied'), count('confirmed')] },
    { group: 'performance', columns: [count('performed'), rateColumn('performanceRate')] },
    { group: null, columns: [count('visited')] },
    { group: 'mass-dispute', columns: [count('massDisputes'), count('massDisputePersons')] },
    ...PREVENTION_FLAGS.filter((f) => prevention.includes(f)).map((f) => ({
      group: `prevention-${f}`,
      columns: [count(`prevention-${f}-cases`), count(`prevention-${f}-persons`)],
    })),
    {
      group: 'screening',
      columns: [count('screenings'), count('screeningFound'), count('screeningPrevented')],
    },
  ]
}

export const STATUTORY_HEADINGS: readonly StatutoryHeading[] = statutoryHeadings()
export const STATUTORY_COLUMNS: readonly StatutoryColumn[] = STATUTORY_HEADINGS.flatMap((h) => h.columns)

export const STATUTORY_KINDS = ['people', 'administrative', 'court'] as const
export type StatutoryKind = (typeof STATUTORY_KINDS)[number]

const TABLE_ROWS: Record<StatutoryKind, { groupBy: GroupBy; keys: readonly string[] }> = {
  people: { groupBy: 'disputeType', keys: DISPUTE_TYPES },
  administrative: { groupBy: 'sector', keys: ADMIN_SECTORS },
  court: { groupBy: 'kind', keys: ['court-delegated', 'court-entrusted'] },
}

export interface StatutoryRow {
  /** A dispute type, a sector or a kind (by the table's kind), or 'total'. */
  key: string
  /** In the table's column order; null where a measure does not apply (排查 per row). */
  values: (number | null)[]
}

export interface StatutoryTable {
  kind: StatutoryKind
  range: ComputeArgs['range']
  rateBase: RateBase
  headings: StatutoryHeading[]
  columns: StatutoryColumn[]
  rows: StatutoryRow[]
}

export interface StatutoryOptions {
  rateBase?: RateBase
  prevention?: readonly PreventionFlag[]
  /**
   * Whether 委派/委托 cases are people's mediation here: true for a 调委会 (or a 司法所 reporting for
   * its committees); otherwise they get a table of their own.
   */
  courtLinkedIsPeople?: boolean
}

const KINDS_OF: Record<StatutoryKind, readonly MediationKind[]> = {
  people: ['people'],
  administrative: ['administrative'],
  court: ['court-delegated', 'court-entrusted'],
}

/** The mediation kinds a table counts. */
export function kindsOfTable(kind: StatutoryKind, courtLinkedIsPeople: boolean): readonly MediationKind[] {
  return kind === 'people' && courtLinkedIsPeople ? [...KINDS_OF.people, ...KINDS_OF.court] : KINDS_OF[kind]
}

/**
 * One statutory table. Screening rounds (排查) belong to no kind: they are in the people's table
 * (the 调委会's own work), nowhere else.
 */
export function statutoryTable(
  args: Omit<ComputeArgs, 'groupBy' | 'rateBase'> & StatutoryOptions & { kind?: StatutoryKind },
): StatutoryTable {
  const kind = args.kind ?? 'people'
  const rateBase = args.rateBase ?? 'received'
  const kinds = kindsOfTable(kind, args.courtLinkedIsPeople ?? true)
  const { groupBy, keys } = TABLE_ROWS[kind]
  const stats = computeStatistics({
    inputs: args.inputs.filter((i) => kinds.includes(i.kind)),
    screenings: kind === 'people' ? args.screenings : [],
    range: args.range,
    groupBy,
    rateBase,
  })
  const headings = statutoryHeadings(args.prevention)
  const columns = headings.flatMap((h) => h.columns)
  const byKey = new Map(stats.rows.map((r) => [r.key, r.measures]))
  const values = (m: (typeof stats)['total']) => columns.map((c) => m[c.measure])
  return {
    kind,
    range: args.range,
    rateBase,
    headings,
    columns,
    rows: [
      ...keys.map((key) => {
        const measures = byKey.get(key)
        if (!measures) throw new Error(`statistics: no row for ${key}`)
        return { key, values: values(measures) }
      }),
      { key: 'total', values: values(stats.total) },
    ],
  }
}

/** The tables a room files: people's and administrative, and court-linked unless they count as people's. */
export function statutoryTables(
  args: Omit<ComputeArgs, 'groupBy' | 'rateBase'> & StatutoryOptions,
): StatutoryTable[] {
  const courtLinkedIsPeople = args.courtLinkedIsPeople ?? true
  const kinds: StatutoryKind[] = courtLinkedIsPeople ? ['people', 'administrative'] : [...STATUTORY_KINDS]
  return kinds.map((kind) => statutoryTable({ ...args, courtLinkedIsPeople, kind }))
}
