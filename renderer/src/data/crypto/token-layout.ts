/**
 * How a row stores its blind-index tokens: as a set, in sorted (HMAC) order, padded up to the next
 * size of a fixed ladder with pads made by the indexer. Stored in the order they were made (the
 * whole name, then its pieces, then ID number and phone), the token in a given place was the same
 * kind of thing on every row, and ranking one place by frequency gave away surnames; sorted, a
 * token's place says nothing, and padded, the count says only roughly how much text there is.
 *
 * The ladder goes up by ×1.5 and ×4/3 in turn (8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, …):
 * a row pays at most half again its real tokens in index entries (a third on average), and its
 * count is known only to within that step. Powers of two would hide a little more and cost up to
 * twice. Each table has its own smallest size (ROW_MINIMUM), so a short row still looks like many.
 */
import type { BlindIndexer } from './blind-index'

/** Which layout a table's rows are stored in: a stored cursor compares this (tokens/relayout.ts). */
export const TOKEN_LAYOUT = 2

/**
 * The smallest bucket per table. A case holds the words of its facts besides its parties (about 65
 * tokens in the demo data, seldom under 35): 32 hides how many parties a short case has. A person
 * holds 3–7 (name and its pairs, ID number, phone): 8 hides the length of any personal name;
 * organisations' longer names go to 12 or 16.
 */
export const ROW_MINIMUM = { cases: 32, persons: 8 } as const
export type TokenTable = keyof typeof ROW_MINIMUM

/** The smallest size of the ladder that holds `count` tokens, and not under `minimum`. */
export function bucketSize(count: number, minimum: number): number {
  let size = 8
  while (size < count || size < minimum) size = Math.log2(size) % 1 === 0 ? (size * 3) / 2 : (size * 4) / 3
  return size
}

/** A row's tokens as stored: the distinct real tokens and its pads, sorted. */
export async function layOutTokens(
  indexer: BlindIndexer,
  table: TokenTable,
  rowId: string,
  real: Iterable<string>,
): Promise<string[]> {
  const tokens = new Set(real)
  const size = bucketSize(tokens.size, ROW_MINIMUM[table])
  for (const pad of await indexer.pads(table, rowId, size - tokens.size)) tokens.add(pad)
  return [...tokens].sort()
}
