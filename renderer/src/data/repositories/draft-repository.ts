/**
 * Form drafts: what someone is typing, saved (sealed) as they type and restored when they come
 * back, so a lock, a crash or a reload loses nothing. Each draft belongs to one user.
 */
import type { Actor } from '../audit/audit-log'
import type { RecordCodec } from '../codec/codec'
import type { MediationDb } from '../schema'

const TABLE = 'drafts'

export function createDraftRepository(
  db: MediationDb,
  codec: RecordCodec,
  actor: Actor,
  now = () => new Date(),
) {
  const keyOf = (name: string) => `${actor.id}:${name}`
  return {
    async save(name: string, value: unknown): Promise<void> {
      const key = keyOf(name)
      await db.drafts.put({
        key,
        userId: actor.id,
        updatedAt: now().toISOString(),
        body: await codec.seal(TABLE, key, value),
      })
    },
    async load<T>(name: string): Promise<{ value: T; updatedAt: string } | null> {
      const row = await db.drafts.get(keyOf(name))
      if (!row) return null
      return { value: (await codec.open(TABLE, row.key, row.body)) as T, updatedAt: row.updatedAt }
    },
    async clear(name: string): Promise<void> {
      await db.drafts.delete(keyOf(name))
    },
  }
}

export type DraftRepository = ReturnType<typeof createDraftRepository>
