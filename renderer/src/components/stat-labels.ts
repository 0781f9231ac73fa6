/** Words for periods, groups and measures on screen, in the interface language. */
import type { TFunction } from 'i18next'
import type { GroupBy, Measure, Period } from '../domain/statistics'

export function periodLabel(p: Period, t: TFunction): string {
  switch (p.kind) {
    case 'month':
      return t('statistics.period.names.month', { year: p.year, month: p.month })
    case 'quarter':
      return t('statistics.period.names.quarter', { year: p.year, quarter: p.quarter })
    case 'year':
      return t('statistics.period.names.year', { year: p.year })
    case 'custom':
      return t('statistics.period.names.custom', { from: p.from, to: p.to })
  }
}

export type MediatorNames = ReadonlyMap<string, string>

export function groupLabel(groupBy: GroupBy, key: string, t: TFunction, mediators: MediatorNames): string {
  switch (groupBy) {
    case 'disputeType':
      return t(`disputeType.${key}`, { defaultValue: key })
    case 'kind':
      return t(`kind.${key}`, { defaultValue: key })
    case 'sector':
      return key === 'none' ? t('statistics.noSector') : t(`sector.${key}`, { defaultValue: key })
    case 'source':
      return t(`source.${key}`, { defaultValue: key })
    case 'outcome':
      return t(`statistics.outcome.${key}`, { defaultValue: key })
    case 'mediator':
      return mediators.get(key) ?? t('statistics.unknownMediator', { id: key.slice(0, 8) })
  }
}

export function measureLabel(m: Measure, t: TFunction): string {
  return t(`statistics.measures.${m}`)
}

/** Money in fen as 元 with two decimals (12,345.67). */
export function yuan(fen: number): string {
  return `${Math.floor(fen / 100).toLocaleString('en-US')}.${String(fen % 100).padStart(2, '0')}`
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`
}
