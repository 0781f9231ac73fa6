/**
 * Deleting counselling files whose retention has run out. The rows are ciphertext, so deleting
 * them needs no key and reads nothing; IndexedDB's LevelDB compaction then drops the bytes (see
 * README "Counselling confidentiality").
 */
import { todayIso } from '../../../domain/shared/dates'
import type { MediationDb } from '../../schema'

/** Removes these clients and every record of theirs in one transaction. */
export async function deleteClients(
  db: MediationDb,
  clientIds: string[],
): Promise<{ clients: number; records: number }> {
  return db.transaction('rw', db.counsellingClients, db.counsellingRecords, async () => {
    const records = await db.counsellingRecords.where('clientId').anyOf(clientIds).primaryKeys()
    await db.counsellingRecords.bulkDelete(records)
    await db.counsellingClients.bulkDelete(clientIds)
    return { clients: clientIds.length, records: records.length }
  })
}

/** Ids of every client (of any counsellor) whose retention ran out before `now`, by index alone. */
export async function expiredClientIds(db: MediationDb, now: Date): Promise<string[]> {
  // '' (still open) sorts before any date, so the range starts above it.
  return (await db.counsellingClients
    .where('retainUntil')
    .between('0000-00-00', todayIso(now), true, false)
    .primaryKeys()) as string[]
}
