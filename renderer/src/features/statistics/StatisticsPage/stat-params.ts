/** The statistics page's period and grouping live in the URL, so Back, reload and links keep them. */
import {
  GROUP_BYS,
  parsePeriodKey,
  periodContaining,
  periodKey,
  type GroupBy,
  type Period,
} from '../../../domain/statistics'

export interface StatParams {
  period: Period
  groupBy: GroupBy
}

export function readStatParams(sp: URLSearchParams, today: string): StatParams {
  return {
    period: parsePeriodKey(sp.get('period') ?? '') ?? periodContaining('month', today),
    groupBy: GROUP_BYS.find((g) => g === sp.get('by')) ?? 'disputeType',
  }
}

export function writeStatParams(p: StatParams): URLSearchParams {
  return new URLSearchParams({ period: periodKey(p.period), by: p.groupBy })
}
