/**
 * Deadlines on cases. Each case row stores its nearest running deadline the room must meet
 * (`dueDate`), computed from the administrator's rules and holiday calendar whenever the case is
 * written; the deadline lists and counts are then ranges of the plain `dueDate` index, and a change
 * of rules or calendar recomputes every stored date. The lists carry each case's deadlines, so the
 * page says which limit (a term's 履行期限, the court's deadline…) is due.
 */
import {
  computeDeadlines,
  deadlineInputOf,
  dutyDeadlines,
  nextDueDate,
  type Deadline,
} from '../../../domain/deadlines/compute'
import { addDays, DUE_SOON_DAYS } from '../../../domain/deadlines'
import { DEADLINE_COUNT_CAP } from '../../../domain/deadlines/count-cap'
import { todayIso } from '../../../domain/shared/dates'
import type { Collection } from 'dexie'
import type { CaseRow } from '../../schema'
import type { SettingsRepository } from '../settings-repository'
import { rowFactsOf, rowsToSummaries } from './case-rows'
import type { CaseContext } from './context'
import type { CaseRepository, DeadlineRow } from './types'

/** A row's deadlines today, from the administrator's rules and calendar. */
export function makeDeadlinesOf(settings: SettingsRepository, now: () => Date) {
  return async (row: CaseRow, today: string = todayIso(now())): Promise<Deadline[]> => {
    const [rules, calendar] = await Promise.all([settings.getDeadlineRules(), settings.getHolidayCalendar()])
    return computeDeadlines(deadlineInputOf({ ...row, ...rowFactsOf(row) }), rules, calendar, today)
  }
}

/**
 * The nearest running deadline the room must meet on a case ('' when none). The parties' options —
 * the 司法确认 window, the traffic application window — show on the case, but never make it overdue.
 */
export function makeDueDateOf(deadlinesOf: ReturnType<typeof makeDeadlinesOf>) {
  return async (row: CaseRow): Promise<string> => nextDueDate(dutyDeadlines(await deadlinesOf(row))) ?? ''
}

/** [first, last] day of "due soon" — today and the next DUE_SOON_DAYS - 1 days — as the deadline domain defines it. */
const dueSoonRange = (today: string): [string, string] => [
  today,
  addDays(today, DUE_SOON_DAYS - 1, 'calendar', { offDays: [], workingWeekends: [] }),
]

/**
 * How many rows a range holds, counted up to `cap` (a larger range answers `cap + 1`): the keys of
 * at most cap + 1 entries (IDBIndex.getAllKeys with a count), never a walk of the whole range.
 */
export async function cappedCount<T, K>(range: Collection<T, K>, cap: number): Promise<number> {
  return (await range.limit(cap + 1).primaryKeys()).length
}

/** Stored due dates are rewritten this many at a time. */
const BATCH = 2000

export function createCaseDeadlines(
  ctx: CaseContext,
): Pick<CaseRepository, 'listDeadlines' | 'deadlineCounts' | 'recomputeDueDates'> {
  const { db, codec, need } = ctx
  // `dueDate` holds only deadlines that still run — a closed case keeps a term it never performed
  // only while being performed — so the plain index answers both: before today is overdue, today
  // and the next days due soon.
  const overdue = (today: string) => db.cases.where('dueDate').between('0000', today, true, false)
  const dueSoon = (today: string) => db.cases.where('dueDate').between(...dueSoonRange(today), true, true)

  async function withDeadlines(rows: CaseRow[], today: string): Promise<DeadlineRow[]> {
    const summaries = await rowsToSummaries(codec, rows)
    return Promise.all(
      summaries.map(async (s, i) => ({
        ...s,
        deadlines: dutyDeadlines(await ctx.deadlinesOf(rows[i] as CaseRow, today)).filter(
          (d) => d.state !== 'ok',
        ),
      })),
    )
  }

  return {
    async listDeadlines(today) {
      need('case:read')
      const [late, soon] = await Promise.all([overdue(today).toArray(), dueSoon(today).toArray()])
      return { overdue: await withDeadlines(late, today), dueSoon: await withDeadlines(soon, today) }
    },

    async deadlineCounts(today) {
      need('case:read')
      const cap = DEADLINE_COUNT_CAP
      const [late, soon] = await Promise.all([
        cappedCount(overdue(today), cap),
        cappedCount(dueSoon(today), cap),
      ])
      return { overdue: late, dueSoon: soon, cap }
    },

    async recomputeDueDates() {
      let changed = 0
      const rows = await db.cases.toArray()
      const updates: { key: string; changes: Partial<CaseRow> }[] = []
      for (const row of rows) {
        const dueDate = await ctx.dueDateOf(row)
        if (dueDate !== row.dueDate) updates.push({ key: row.id, changes: { dueDate } })
      }
      for (let i = 0; i < updates.length; i += BATCH) {
        changed += await db.cases.bulkUpdate(updates.slice(i, i + BATCH))
      }
      return changed
    },
  }
}
