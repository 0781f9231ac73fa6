/**
 * The cases an export carries, read for de-identification. Only case rows and their records of the
 * kinds statistics read are opened — never counselling tables, persons, documents or attachments.
 * Records are read by the very function the statistics page uses (statistics/load-inputs.ts), so a
 * case's statistics facts in a bundle equal the room's own.
 */
import { deidentifyCase, type KeyedHash } from '../../../domain/export/deidentify'
import type { BundleCase } from '../../../domain/export/bundle-schema'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb } from '../../schema'
import { mapPooled } from '../../pooled'
import { rowToCase } from '../cases/case-rows'
import { statRecordsOf } from '../statistics/load-inputs'

/** Ids of the cases updated after `since` (exclusive; null: from the start) up to `until` (inclusive), oldest change first. */
export async function changedCaseIds(
  db: MediationDb,
  since: string | null,
  until: string,
): Promise<string[]> {
  const range =
    since === null
      ? db.cases.where('updatedAt').belowOrEqual(until)
      : db.cases.where('updatedAt').between(since, until, false, true)
  return (await range.primaryKeys()) as string[]
}

/** How many cases are read and de-identified concurrently. */
export const DEIDENTIFY_AT_ONCE = 16

export interface DeidentifyRequest {
  identified: boolean
  includeFreeText: boolean
}

export async function deidentifyRows(
  db: MediationDb,
  codec: RecordCodec,
  keyedHash: KeyedHash,
  ids: readonly string[],
  request: DeidentifyRequest,
): Promise<BundleCase[]> {
  const rows = (await db.cases.bulkGet([...ids])).filter((r): r is CaseRow => !!r)
  // Each case is a dozen short awaits (AES-GCM opens, its records, HMACs): a few cases at a time
  // overlap them (issue 17: the export of 100,000 cases sat idle between round trips).
  return mapPooled(rows, DEIDENTIFY_AT_ONCE, async (row) => {
    const [c, records] = await Promise.all([rowToCase(codec, row), statRecordsOf(db, codec, row.id)])
    return deidentifyCase(c, records, { keyedHash, ...request })
  })
}
