/**
 * The sealed rows against the chain: each row the chain recorded must hold the revision its last
 * entry recorded — or be absent when that entry deleted it. Reads the rows' plain `body.r` only
 * (the AEAD binds it: a body whose number was edited no longer opens), one bulkGet per table.
 */
import type { AuditEntry } from '../../domain/audit/actions'
import type { MediationDb } from '../schema'
import { REVISED_TABLES } from './row-revisions'

/** How many rolled-back rows are named at most (the rest are counted in `brokenAt`'s entry). */
const NAMED = 20

type Revised = { body?: { r?: number }; value?: { r?: number } }

export async function rowsCheck(
  db: MediationDb,
  entries: readonly AuditEntry[],
): Promise<{ brokenAt: number; rows: string[] } | null> {
  const last = new Map<string, { r: number; seq: number }>()
  for (const e of entries)
    if (e.rows) for (const [row, r] of Object.entries(e.rows)) last.set(row, { r, seq: e.seq })
  const byTable = new Map<string, string[]>()
  for (const row of last.keys()) {
    const cut = row.indexOf('/')
    const table = row.slice(0, cut)
    if (!REVISED_TABLES.includes(table)) continue
    const keys = byTable.get(table) ?? []
    keys.push(row.slice(cut + 1))
    byTable.set(table, keys)
  }
  const wrong: { row: string; seq: number }[] = []
  for (const [table, keys] of byTable) {
    const found = (await db.table(table).bulkGet(keys)) as (Revised | undefined)[]
    keys.forEach((key, i) => {
      const row = `${table}/${key}`
      const want = last.get(row) as { r: number; seq: number }
      const value = found[i]
      const have = value ? ((value.body ?? value.value)?.r ?? -1) : 0
      // A plain row (a cursor, a setting that is not sealed) written where one was deleted: nothing
      // sealed came back.
      if (want.r === 0 && have === -1) return
      if (have !== want.r) wrong.push({ row, seq: want.seq })
    })
  }
  if (wrong.length === 0) return null
  wrong.sort((a, b) => a.seq - b.seq)
  return { brokenAt: (wrong[0] as { seq: number }).seq, rows: wrong.slice(0, NAMED).map((w) => w.row) }
}
