/**
 * The statutory tables with their words: title (人民调解 / 行政调解 / 委派委托), organisation, period,
 * the two header rows (merged headings), a row per dispute type, sector or kind and 合计, each value
 * formatted, and notes that say how the numbers are counted — 成功率's denominator among them. The
 * XLSX and the PDF are drawn from this one model, so they always say the same thing. Statutory
 * tables are filed in Chinese whatever the interface language, so the words come from zh-CN.
 */
import {
  COMMITTEE_TYPES,
  type ColumnFormat,
  type Period,
  type RosterCounts,
  type StatutoryKind,
  type StatutoryTable,
} from '../../domain/statistics'
import { zhCN } from '../../i18n/zh-CN'
import { chineseDate } from '../documents/format'

const words = zhCN.statistics.statutory

/** A top header cell: spans `span` columns, or (a column without a group) both header rows. */
export interface HeaderCell {
  label: string
  span: number
  bothRows: boolean
}

export interface StatutoryDocument {
  kind: StatutoryKind
  title: string
  sheetName: string
  organisation: string
  period: string
  firstColumn: string
  top: HeaderCell[]
  /** The second header row, one label per column; '' under a cell that spans both rows. */
  sub: string[]
  formats: ColumnFormat[]
  rows: { label: string; values: (number | null)[]; total: boolean }[]
  notes: string[]
  preparedOn: string
  notApplicable: string
}

/** 组织队伍: committees by type and their 专职/兼职 mediators (a 司法所's own sheet). */
export interface RosterDocument {
  title: string
  organisation: string
  rows: { label: string; value: number }[]
}

/** Everything a room files for a period: a table per kind, and 组织队伍 where it is kept. */
export interface StatutoryWorkbook {
  tables: StatutoryDocument[]
  roster: RosterDocument | null
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''))

/** 2026年11月, 2026年第4季度, 2026年, 2026年11月1日至2026年11月15日. */
export function chinesePeriod(p: Period): string {
  const names = zhCN.statistics.period.names
  switch (p.kind) {
    case 'month':
      return fill(names.month, { year: p.year, month: p.month })
    case 'quarter':
      return fill(names.quarter, { year: p.year, quarter: p.quarter })
    case 'year':
      return fill(names.year, { year: p.year })
    case 'custom':
      return `${chineseDate(p.from)}至${chineseDate(p.to)}`
  }
}

export interface StatutoryMeta {
  organisation: string
  period: Period
  /** YYYY-MM-DD */
  preparedOn: string
  /** A 零上报 was filed for the period: said under the table. */
  zeroReport?: boolean
}

function rowLabel(kind: StatutoryKind, key: string): string {
  if (key === 'total') return words.total
  const labels: Record<string, string> =
    kind === 'people' ? zhCN.disputeType : kind === 'administrative' ? zhCN.sector : zhCN.kind
  return labels[key] ?? key
}

export function statutoryDocument(table: StatutoryTable, meta: StatutoryMeta): StatutoryDocument {
  const top: HeaderCell[] = table.headings.map((h) => {
    const first = h.columns[0]
    const label = h.group
      ? words.groups[h.group as keyof typeof words.groups]
      : first
        ? words.columns[first.measure]
        : ''
    return { label, span: h.columns.length, bothRows: !h.group }
  })
  const sub = table.headings.flatMap((h) => h.columns.map((c) => (h.group ? words.columns[c.measure] : '')))
  const notes = [
    words.notes[table.kind],
    words.rateBase[table.rateBase],
    words.definitions,
    ...(meta.zeroReport && table.kind === 'people' ? [words.zeroReport] : []),
  ]
  return {
    kind: table.kind,
    title: words.titles[table.kind],
    sheetName: words.sheets[table.kind],
    organisation: fill(words.organisation, { name: meta.organisation }),
    period: fill(words.period, { period: chinesePeriod(meta.period) }),
    firstColumn: words.firstColumns[table.kind],
    top,
    sub,
    formats: table.columns.map((c) => c.format),
    rows: table.rows.map((r) => ({
      label: rowLabel(table.kind, r.key),
      values: r.values,
      total: r.key === 'total',
    })),
    notes,
    preparedOn: fill(words.preparedOn, { date: chineseDate(meta.preparedOn) }),
    notApplicable: words.notApplicable,
  }
}

/** 组织队伍 as a small table of counts. */
export function rosterDocument(counts: RosterCounts, organisation: string): RosterDocument {
  const r = words.roster
  return {
    title: r.title,
    organisation: fill(words.organisation, { name: organisation }),
    rows: [
      { label: r.committees, value: counts.committees },
      ...COMMITTEE_TYPES.map((t) => ({ label: `${r.ofType}${r.types[t]}`, value: counts.byType[t] })),
      { label: r.fullTime, value: counts.fullTime },
      { label: r.partTime, value: counts.partTime },
    ],
  }
}

/** The tables of a period with their words, and 组织队伍 when given. */
export function statutoryWorkbook(
  tables: readonly StatutoryTable[],
  meta: StatutoryMeta,
  roster: RosterCounts | null = null,
): StatutoryWorkbook {
  return {
    tables: tables.map((t) => statutoryDocument(t, meta)),
    roster: roster ? rosterDocument(roster, meta.organisation) : null,
  }
}

/** A value as printed (PDF and screen): counts whole, money in 元 with two decimals, rates in %. */
export function formatValue(value: number | null, format: ColumnFormat, notApplicable: string): string {
  if (value === null) return notApplicable
  if (format === 'rate') return `${(value * 100).toFixed(1)}%`
  if (format === 'fen') {
    const yuan = Math.floor(value / 100).toLocaleString('en-US')
    return `${yuan}.${String(value % 100).padStart(2, '0')}`
  }
  return String(value)
}
