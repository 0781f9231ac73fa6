/**
 * The cases an export carries, read for de-identification. Only case rows and their records of the
 * kinds statistics read are opened — never counselling tables, persons, documents or attachments.
 * Records are chosen exactly as the statistics page chooses them (statistics/load-inputs.ts), so a
 * case's statistics facts in a bundle equal the room's own.
 */
import { Dexie } from 'dexie'
import { RECORD_SCHEMAS, type RecordKind } from '../../../domain/cases/records'
import { deidentifyCase, type KeyedHash } from '../../../domain/export/deidentify'
import type { BundleCase } from '../../../domain/export/bundle-schema'
import type { StatRecord } from '../../../domain/statistics'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb, RecordRow } from '../../schema'
import { RECORDS, rowToCase } from '../cases/case-rows'

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

const byTime = (a: RecordRow, b: RecordRow) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0

/** The same records statistics/load-inputs.ts reads for a case: preventions, the latest agreement or termination, transitions when they date the outcome. */
function statRecordRows(row: CaseRow, all: RecordRow[]): RecordRow[] {
  const of = (kind: RecordKind) => all.filter((r) => r.kind === kind).sort(byTime)
  const wanted = [...of('prevention')]
  if (row.outcome === 'agreed') wanted.push(...of('agreement').slice(-1))
  if (row.outcome === 'terminated') wanted.push(...of('termination').slice(-1))
  const dated = wanted.some((r) => r.kind === 'agreement' || r.kind === 'termination')
  if (row.outcome === 'rejected' || (row.outcome && !dated)) wanted.push(...of('transition'))
  return wanted
}

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
  const out: BundleCase[] = []
  for (const row of rows) {
    const c = await rowToCase(codec, row)
    const all = await db.records
      .where('[caseId+createdAt]')
      .between([row.id, Dexie.minKey], [row.id, Dexie.maxKey])
      .toArray()
    const records: StatRecord[] = await Promise.all(
      statRecordRows(row, all).map(async (r) => ({
        kind: r.kind,
        createdAt: r.createdAt,
        data: RECORD_SCHEMAS[r.kind].parse(await codec.open(RECORDS, r.id, r.body)),
      })),
    )
    out.push(await deidentifyCase(c, records, { keyedHash, ...request }))
  }
  return out
}
