/**
 * How long counselling records are kept: a configurable number of years after the client's file
 * is closed (default 10), then deleted (PIPL Art. 19: the shortest period necessary).
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { COUNSELLING_MSG } from './messages'

export const RETENTION_DEFAULT_YEARS = 10

export const retentionYearsSchema = z.coerce
  .number(COUNSELLING_MSG.retentionYears)
  .int(COUNSELLING_MSG.retentionYears)
  .min(1, COUNSELLING_MSG.retentionYears)
  .max(50, COUNSELLING_MSG.retentionYears)

/** The last day records of a file closed on `closedOn` are kept; they are purged the day after. */
export function retainUntil(closedOn: string, years: number): string {
  if (!isIsoDate(closedOn)) throw new Error('retention: bad date')
  const [y, m, d] = closedOn.split('-').map(Number) as [number, number, number]
  const target = y + years
  // 29 February plus whole years lands on 28 February in common years.
  const last = new Date(Date.UTC(target, m, 0)).getUTCDate()
  return `${target}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** Whether the retention period has run out by `today` (both YYYY-MM-DD). */
export const isExpired = (retainUntilDate: string, today: string): boolean =>
  retainUntilDate !== '' && retainUntilDate < today
