/**
 * The statutory table with its words: title, organisation, period, the two header rows (merged
 * headings), a row per dispute type and 合计, each value formatted. Both the XLSX and the PDF are
 * drawn from this one model, so they always say the same thing. Statutory tables are filed in
 * Chinese whatever the interface language, so the words come from the zh-CN messages.
 */
import {
  STATUTORY_COLUMNS,
  STATUTORY_HEADINGS,
  type ColumnFormat,
  type Period,
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

export function statutoryDocument(table: StatutoryTable, meta: StatutoryMeta): StatutoryDocument {
  const top: HeaderCell[] = STATUTORY_HEADINGS.map((h) => {
    const first = h.columns[0]
    const label = h.group
      ? words.groups[h.group as keyof typeof words.groups]
      : first
        ? words.columns[first.measure]
        : ''
    return { label, span: h.columns.length, bothRows: !h.group }
  })
  const sub = STATUTORY_HEADINGS.flatMap((h) =>
    h.columns.map((c) => (h.group ? words.columns[c.measure] : '')),
  )
  return {
    title: words.title,
    sheetName: words.sheet,
    organisation: fill(words.organisation, { name: meta.organisation }),
    period: fill(words.period, { period: chinesePeriod(meta.period) }),
    firstColumn: words.firstColumn,
    top,
    sub,
    formats: STATUTORY_COLUMNS.map((c) => c.format),
    rows: table.rows.map((r) => ({
      label: r.key === 'total' ? words.total : zhCN.disputeType[r.key],
      values: r.values,
      total: r.key === 'total',
    })),
    notes: [words.notes, ...(meta.zeroReport ? [words.zeroReport] : [])],
    preparedOn: fill(words.preparedOn, { date: chineseDate(meta.preparedOn) }),
    notApplicable: words.notApplicable,
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
