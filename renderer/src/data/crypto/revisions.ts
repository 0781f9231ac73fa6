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
import { toHex } from './bytes'

/**
 * The tables whose rows carry a sealed `body` the audit chain records. Left out: drafts (scratch
 * copies) and the district's imported cases — copies of signed bundles, which stay the evidence (an
 * import of 100,000 would otherwise put 100,000 names into one entry); the import's own row is kept.
 */
export const REVISED_TABLES: readonly string[] = [
  'cases',
  'records',
  'attachments',
  'persons',
  'documents',
  'documentFiles',
  'settings',
  'users',
  'counsellingClients',
  'counsellingRecords',
  'referrals',
  'screenings',
  'periodReports',
  'exports',
  'rooms',
  'imports',
]
const REVISED = new Set(REVISED_TABLES)

/** Whether the chain records the rows of `table`. */
export const isRevised = (table: string): boolean => REVISED.has(table)

const FRESH_LIMIT = 200_000
let last = 0
const fresh = new Set<number>()

/** A new revision number for a body of `table`, remembered as not yet written when the chain records that table. */
export function nextRevision(table: string): number {
  last = Math.max(Date.now() * 1000, last + 1)
  if (!REVISED.has(table)) return last
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

/**
 * What the chain records of a sealed body: its revision and the first 48 bits of its IV (drawn
 * fresh for every seal), so an older ciphertext given the current number is told apart without a
 * key. Null for a value that is not a sealed body.
 */
export function versionOf(body: { r?: unknown; iv?: unknown } | undefined | null): string | null {
  if (!body || !(body.iv instanceof Uint8Array)) return null
  return `${typeof body.r === 'number' ? body.r : '-'}.${toHex(body.iv.subarray(0, 6))}`
}

/** A deleted row, as the chain records it. */
export const DELETED = '0'
