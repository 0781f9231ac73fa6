/**
 * Schema v5, as released: statistics inputs (screening rounds, period reports), the export
 * history, and the district's tables (rooms, their de-identified cases, imports). New tables only,
 * so no upgrade function. Frozen: never changes, imports nothing from domain/.
 */
import type { Dexie } from 'dexie'

export function declareV5(db: Dexie): void {
  db.version(5).stores({
    screenings: 'id, date',
    periodReports: 'id, period',
    exports: 'id, createdAt',
    rooms: 'id, &fingerprint',
    districtCases: 'id, roomId, [roomId+registeredAt], registeredAt',
    imports: 'id, roomId, &manifestHash',
  })
}
