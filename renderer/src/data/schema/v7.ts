/**
 * Schema v7 (issue 17), as released: the district's statistics totals, kept per room and per month,
 * quarter and year as each import merges its cases, so a view reads totals instead of opening every
 * imported case. A new table only, so no upgrade function: a district upgraded from v6 builds its
 * totals from its imported cases the first time it needs them (that needs the workspace key, which
 * an upgrade does not have). Frozen: never changes, imports nothing from domain/.
 */
import type { Dexie } from 'dexie'

export function declareV7(db: Dexie): void {
  db.version(7).stores({
    districtTotals: 'id, roomId, period',
  })
}
