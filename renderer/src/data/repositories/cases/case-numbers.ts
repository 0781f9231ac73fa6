/**
 * Case numbers: each year's counter counts on, and the number is formed from the organisation's
 * pattern — inside the transaction that stores the cases, so a number is never given twice and
 * never skipped. Registration takes one, a bulk import many.
 */
import { formatCaseNumber } from '../../../domain/numbering/case-number'
import type { NumberingSettings } from '../../../domain/numbering/numbering-settings'
import { COMMITTEE_ID } from '../../../domain/organisation/issuing-bodies'
import type { MediationDb } from '../../schema'

/**
 * Each issuing body counts its own numbers per year. The committee keeps the key it had before
 * there were other bodies (`case-seq:<year>`), so its numbers count on without any migration.
 */
const counterKey = (issuerId: string, year: number) =>
  issuerId === COMMITTEE_ID ? `case-seq:${year}` : `case-seq:${issuerId}:${year}`

/** The numbers the next cases of these years would get (nothing stored): what an audit entry names. */
export async function peekCaseNumbers(
  db: MediationDb,
  numbering: NumberingSettings,
  years: readonly number[],
  issuerId: string = COMMITTEE_ID,
): Promise<{ numbers: { seq: number; caseNo: string }[]; counters: Map<number, number> }> {
  const last = new Map<number, number>()
  const numbers: { seq: number; caseNo: string }[] = []
  for (const year of years) {
    const seq = (last.get(year) ?? (await db.counters.get(counterKey(issuerId, year)))?.value ?? 0) + 1
    last.set(year, seq)
    numbers.push({
      seq,
      caseNo: formatCaseNumber(numbering.pattern, { year, seq, org: numbering.orgShortName }),
    })
  }
  return { numbers, counters: last }
}

/**
 * The next numbers, one per entry of `years` in that order; the counters are stored counted on.
 * Call inside a transaction that includes `counters` (and the table the cases go to).
 */
export async function takeCaseNumbers(
  db: MediationDb,
  numbering: NumberingSettings,
  years: readonly number[],
  issuerId: string = COMMITTEE_ID,
): Promise<{ seq: number; caseNo: string }[]> {
  const { numbers, counters } = await peekCaseNumbers(db, numbering, years, issuerId)
  await db.counters.bulkPut(
    [...counters].map(([year, value]) => ({ key: counterKey(issuerId, year), value })),
  )
  return numbers
}
