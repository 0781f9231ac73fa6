/**
 * The sealed rows against the chain: each row the chain recorded must hold the version its last
 * entry recorded (revision and IV fingerprint) — or be absent when that entry deleted it, or hold
 * nothing sealed. Reads the stored bodies' plain header only, no key needed; one bulkGet per table.
 */
import { rowName, splitRowName, type AuditEntry } from '../../domain/audit/actions'
import type { MediationDb } from '../schema'
import { DELETED, isRevised, versionOf } from '../crypto/revisions'

/** How many rolled-back rows are named at most (`total` counts them all). */
const NAMED = 20

type Revised = { body?: { r?: unknown; iv?: unknown }; value?: { r?: unknown; iv?: unknown } }

export async function rowsCheck(
  db: MediationDb,
  entries: readonly AuditEntry[],
): Promise<{ brokenAt: number; rows: string[]; total: number } | null> {
  const last = new Map<string, { version: string; seq: number }>()
  for (const e of entries)
    if (e.rows) for (const [row, version] of Object.entries(e.rows)) last.set(row, { version, seq: e.seq })
  const byTable = new Map<string, string[]>()
  for (const row of last.keys()) {
    const { table, key } = splitRowName(row)
    if (!isRevised(table)) continue
    const keys = byTable.get(table)
    if (keys) keys.push(key)
    else byTable.set(table, [key])
  }
  const wrong: { row: string; seq: number }[] = []
  for (const [table, keys] of byTable) {
    const found = (await db.table(table).bulkGet(keys)) as (Revised | undefined)[]
    keys.forEach((key, i) => {
      const row = rowName(table, key)
      const want = last.get(row) as { version: string; seq: number }
      const value = found[i]
      const have = value ? versionOf(value.body ?? value.value) : DELETED
      // A plain row (a cursor, a setting that is not sealed) written where one was deleted: nothing
      // sealed came back.
      if (want.version === DELETED && have === null) return
      if (have !== want.version) wrong.push({ row, seq: want.seq })
    })
  }
  if (wrong.length === 0) return null
  wrong.sort((a, b) => a.seq - b.seq)
  return {
    brokenAt: (wrong[0] as { seq: number }).seq,
    rows: wrong.slice(0, NAMED).map((w) => w.row),
    total: wrong.length,
  }
}
