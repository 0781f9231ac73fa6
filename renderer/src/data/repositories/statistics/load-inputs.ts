/**
 * Builds the statistics facts (StatInput) of every case that can change a number in a date range,
 * reading index ranges and decrypting only what a number needs:
 * - cases registered in the range: the `createdAt` index, a day wider on each side (it holds UTC
 *   instants; registration days are local), then the plain registration day decides;
 * - cases that ended or had a prevention recorded in the range: any such write moved `updatedAt`
 *   past the range's start, so the `updatedAt` index from there on, kept only when the plain outcome,
 *   agreement day or prevention record times say the case may count.
 * For those, the party count comes from the sealed body, amounts and prevention head counts from
 * the few sealed records of the kinds statistics read ([caseId+kind] index).
 */
import type { RecordKind } from '../../../domain/cases/records'
import { todayIso } from '../../../domain/shared/dates'
import {
  inRange,
  shiftDay,
  toStatInput,
  type DateRange,
  type StatInput,
  type StatRecord,
} from '../../../domain/statistics'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb, RecordRow } from '../../schema'
import { openCaseBody, rowToRecord } from '../cases/case-rows'

const localDay = (iso: string) => todayIso(new Date(iso))

/** Index bounds a day wider than the range: every local day of it, in any time zone, lies inside. */
export function instantBounds(range: DateRange): [string, string] {
  return [shiftDay(range.from, -1), `${shiftDay(range.to, 1)}\uffff`]
}

/** Cases registered (登记) in the range, from the index and plain fields alone. */
export async function registeredIn(db: MediationDb, range: DateRange): Promise<CaseRow[]> {
  const [lo, hi] = instantBounds(range)
  return db.cases
    .where('createdAt')
    .between(lo, hi, true, true)
    .filter((r) => inRange(r.events.registered ?? localDay(r.createdAt), range))
    .toArray()
}

async function recordRows(db: MediationDb, caseId: string, kind: RecordKind): Promise<RecordRow[]> {
  return db.records.where('[caseId+kind]').equals([caseId, kind]).sortBy('createdAt')
}

/** Whether a case not registered in the range may still count in it; decided on plain fields. */
async function mayCount(db: MediationDb, row: CaseRow, range: DateRange): Promise<boolean> {
  const agreedOn = row.events['agreement-effective']
  if (row.outcome === 'agreed' && (!agreedOn || inRange(agreedOn, range))) return true
  if (row.outcome === 'terminated') return true
  const preventions = await recordRows(db, row.id, 'prevention')
  return preventions.some((r) => inRange(localDay(r.createdAt), range))
}

export async function loadStatInputs(
  db: MediationDb,
  codec: RecordCodec,
  range: DateRange,
): Promise<StatInput[]> {
  const [lo] = instantBounds(range)
  const chosen = new Map<string, CaseRow>()
  for (const row of await registeredIn(db, range)) chosen.set(row.id, row)
  const later: CaseRow[] = []
  // Nothing about a case happens before it is registered: cases registered after the range are out.
  await db.cases
    .where('updatedAt')
    .aboveOrEqual(lo)
    .each((row) => {
      if (!chosen.has(row.id) && (row.events.registered ?? localDay(row.createdAt)) <= range.to)
        later.push(row)
    })
  for (const row of later) if (await mayCount(db, row, range)) chosen.set(row.id, row)

  const open = async (r: RecordRow): Promise<StatRecord> => {
    const { kind, createdAt, data } = await rowToRecord(codec, r)
    return { kind, createdAt, data }
  }
  const inputs: StatInput[] = []
  for (const row of chosen.values()) {
    const body = await openCaseBody(codec, row)
    const wanted: RecordRow[] = [...(await recordRows(db, row.id, 'prevention'))]
    // Only the latest agreement or termination counts; transitions date a rejection (or stand in).
    const latest = async (kind: RecordKind) => (await recordRows(db, row.id, kind)).slice(-1)
    if (row.outcome === 'agreed') wanted.push(...(await latest('agreement')))
    if (row.outcome === 'terminated') wanted.push(...(await latest('termination')))
    const dated = wanted.some((r) => r.kind === 'agreement' || r.kind === 'termination')
    if (row.outcome === 'rejected' || (row.outcome && !dated))
      wanted.push(...(await recordRows(db, row.id, 'transition')))
    inputs.push(
      toStatInput({
        ...row,
        parties: body.parties.length,
        records: await Promise.all(wanted.map(open)),
      }),
    )
  }
  const order = (i: StatInput) => `${i.registeredOn}|${i.id}`
  return inputs.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}
