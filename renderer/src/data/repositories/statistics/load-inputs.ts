/**
 * Builds the statistics facts (StatInput) of every case that can change a number in a date range,
 * from index ranges and plain row fields: a row keeps what statistics read of its records (`stat`,
 * domain/statistics/stat-facts.ts) and its party count, so no record or body is opened. Only a row
 * written before those existed (until the walk after login reaches it) is read the older way,
 * decrypting what its numbers need. Which rows:
 * - cases registered in the range: the `createdAt` index, a day wider on each side (it holds UTC
 *   instants; registration days are local), then the plain registration day decides;
 * - cases accepted, ended, confirmed, performed, visited or with a prevention recorded in the range:
 *   any such write moved `updatedAt` past the range's start, so the `updatedAt` index from there on,
 *   kept only when the plain events, outcome or the kinds of their records say the case may count.
 * For those, the party count comes from the sealed body and the rest from the sealed records of the
 * kinds statistics read (`statRecordsOf`, which the export uses too: a bundle's facts equal these).
 */
import type { RecordKind } from '../../../domain/cases/records'
import { todayIso } from '../../../domain/shared/dates'
import {
  inRange,
  shiftDay,
  STAT_RECORD_KINDS,
  toStatInput,
  type DateRange,
  type StatInput,
  type StatRecord,
} from '../../../domain/statistics'
import { statInputOf } from '../../../domain/statistics/stat-input'
import type { RecordCodec } from '../../codec/codec'
import type { CaseRow, MediationDb, RecordRow } from '../../schema'
import { mapPooled } from '../../pooled'
import { openCaseBody, RECORDS } from '../cases/case-rows'
import { FACTS_VERSION } from '../cases/case-facts'

/** Cases read (decrypted, with their records) concurrently: see pooled.ts. */
const READ_AT_ONCE = 16

const localDay = (iso: string) => todayIso(new Date(iso))

/** Index bounds a day wider than the range: every local day of it, in any time zone, lies inside. */
export function instantBounds(range: DateRange): [string, string] {
  return [shiftDay(range.from, -1), `${shiftDay(range.to, 1)}\uffff`]
}

/** Cases registered (登记) in the range, from the index and plain fields alone. */
export async function registeredIn(db: MediationDb, range: DateRange): Promise<CaseRow[]> {
  const [lo, hi] = instantBounds(range)
  // toArray() then a plain filter: one getAll, where Dexie's filter() walks a cursor row by row.
  const rows = await db.cases.where('createdAt').between(lo, hi, true, true).toArray()
  return rows.filter((r) => inRange(r.events.registered ?? localDay(r.createdAt), range))
}

async function recordRows(db: MediationDb, caseId: string, kind: RecordKind): Promise<RecordRow[]> {
  return db.records.where('[caseId+kind]').equals([caseId, kind]).sortBy('createdAt')
}

/** Kinds whose own (sealed) dates count: a case with any may count in a period after its last change. */
const DATED_RECORD_KINDS: readonly RecordKind[] = ['visit', 'judicial-confirmation', 'confirmation-ruling']

/** A row whose plain fields hold all its statistics: its StatInput needs no key. */
function plainInputOf(row: CaseRow): StatInput | null {
  if (!row.stat || row.partyCount === undefined || (row.factsVersion ?? 0) < FACTS_VERSION) return null
  return statInputOf(
    {
      ...row,
      persons: row.partyCount,
      agreementForm: row.agreementForm ?? null,
      performedOn: row.events.performed ?? null,
      unperformedOn: row.events['unperformed-notified'] ?? null,
      massPersons: row.massPersons ?? 0,
    },
    row.stat,
  )
}

/** Whether a case not registered in the range may still count in it; decided on plain fields and record kinds. */
async function mayCount(db: MediationDb, row: CaseRow, range: DateRange): Promise<boolean> {
  const e = row.events
  if (inRange(e.accepted, range)) return true
  const agreedOn = e['agreement-effective']
  if (row.outcome === 'agreed' && (!agreedOn || inRange(agreedOn, range))) return true
  if (row.outcome === 'terminated') return true
  if (inRange(e.performed, range) || inRange(e['unperformed-notified'], range)) return true
  // Rows whose facts are not derived yet (the walk after login) may have been performed meanwhile.
  if (row.outcome === 'agreed' && !row.factsVersion) return true
  const stat = row.stat
  if (stat && (row.factsVersion ?? 0) >= FACTS_VERSION) {
    const days = [
      ...stat.visits,
      ...stat.confirmationApplied,
      ...stat.confirmed,
      ...stat.preventions.map((p) => p.on),
    ]
    return days.some((d) => inRange(d, range))
  }
  for (const kind of DATED_RECORD_KINDS)
    if (await db.records.where('[caseId+kind]').equals([row.id, kind]).count()) return true
  const preventions = await recordRows(db, row.id, 'prevention')
  return preventions.some((r) => inRange(localDay(r.createdAt), range))
}

const STAT_KINDS: ReadonlySet<RecordKind> = new Set(STAT_RECORD_KINDS)

/** A case's records of the kinds statistics read, opened (the rest never changes a number). */
export async function statRecordsOf(
  db: MediationDb,
  codec: RecordCodec,
  caseId: string,
): Promise<StatRecord[]> {
  const rows = (
    await db.records.where('[caseId+createdAt]').between([caseId, ''], [caseId, '\uffff']).toArray()
  ).filter((r) => STAT_KINDS.has(r.kind))
  return Promise.all(
    rows.map(async (r) => ({
      kind: r.kind,
      createdAt: r.createdAt,
      data: await codec.open(RECORDS, r.id, r.body),
    })),
  )
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
  for (const row of await db.cases.where('updatedAt').aboveOrEqual(lo).toArray()) {
    if (!chosen.has(row.id) && (row.events.registered ?? localDay(row.createdAt)) <= range.to) later.push(row)
  }
  const counts = await mapPooled(later, READ_AT_ONCE, (row) => mayCount(db, row, range))
  later.forEach((row, i) => counts[i] && chosen.set(row.id, row))

  const inputs = await mapPooled([...chosen.values()], READ_AT_ONCE, async (row) => {
    const plain = plainInputOf(row)
    if (plain) return plain
    const [body, records] = await Promise.all([openCaseBody(codec, row), statRecordsOf(db, codec, row.id)])
    return toStatInput({ ...row, parties: body.parties.length, records })
  })
  const order = (i: StatInput) => `${i.registeredOn}|${i.id}`
  return inputs.sort((a, b) => (order(a) < order(b) ? -1 : 1))
}
