/**
 * Row revisions: every sealed body carries a number, bound into its additional data, that names
 * the version it is. The number only rises within a page (microseconds since 1970, bumped past the
 * last one), so bodies sealed later carry larger numbers; it is checked for equality, not order,
 * against the revision the audit chain recorded for the row (audit/row-revisions.ts), so a PC clock
 * set back does no harm.
 *
 * Numbers sealed but not yet written wait in `fresh`: the write that stores one is the write the
 * chain must record. A body written again unchanged (a token relayout, a status field beside it)
 * carries an old number and needs no record — the one already in the chain still holds.
 */
const FRESH_LIMIT = 50_000
let last = 0
const fresh = new Set<number>()

/** A new revision number, remembered as not yet written. */
export function nextRevision(): number {
  last = Math.max(Date.now() * 1000, last + 1)
  fresh.add(last)
  if (fresh.size > FRESH_LIMIT) {
    // Seals that were never written (a prepare run again, a draft): the oldest are forgotten.
    const oldest = fresh.values().next().value
    if (oldest !== undefined) fresh.delete(oldest)
  }
  return last
}

/** Whether `r` was sealed in this page and not yet written; taking it forgets it. */
export function takeFresh(r: number): boolean {
  return fresh.delete(r)
}
