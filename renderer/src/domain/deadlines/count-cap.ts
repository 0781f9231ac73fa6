/**
 * The deadline badges count exactly up to a cap and say "999+" beyond it (issue 17): counting an
 * index range walks it in Chromium's IndexedDB, so an uncapped count costs time in proportion to
 * the number of overdue cases, at every login and on every case list. A room with a thousand
 * overdue cases needs the 期限提醒 page (which lists them all), not the exact figure.
 */
export const DEADLINE_COUNT_CAP = 999

/** A count as the badges show it: the figure, or "999+" when it is over the cap. */
export function formatCappedCount(count: number, cap: number = DEADLINE_COUNT_CAP): string {
  return count > cap ? `${cap}+` : String(count)
}
