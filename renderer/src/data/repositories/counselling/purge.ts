/**
 * Deleting counselling files whose retention has run out. The rows are ciphertext, so deleting
 * them needs no key and reads nothing; IndexedDB's LevelDB compaction then drops the bytes (see
 * README "Counselling confidentiality").
 */
import { todayIso } from '../../../domain/shared/dates'
import { CommitConflict, type Actor, type AuditLog } from '../../audit/audit-log'
import type { MediationDb } from '../../schema'

/**
 * Removes these clients and every record of theirs, and writes the `counselling.purge` entry with
 * the counts, in one transaction: both or neither. A record added meanwhile prepares it again.
 */
export async function purgeClients(
  db: MediationDb,
  audit: AuditLog,
  actor: Actor,
  clientIds: string[],
): Promise<{ clients: number; records: number }> {
  const recordsOf = () => db.counsellingRecords.where('clientId').anyOf(clientIds).primaryKeys()
  return audit.commit([db.counsellingClients, db.counsellingRecords], async () => {
    const records = await recordsOf()
    const counts = { clients: clientIds.length, records: records.length }
    return {
      entry: { actor, action: 'counselling.purge', target: { type: 'counselling', id: '' }, details: counts },
      write: async () => {
        const now = await recordsOf()
        if (now.length !== records.length) throw new CommitConflict()
        await db.counsellingRecords.bulkDelete(now)
        await db.counsellingClients.bulkDelete(clientIds)
        return counts
      },
    }
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
