/**
 * Form drafts: what someone is typing, saved (sealed) as they type and restored when they come
 * back, so a lock, a crash or a reload loses nothing. Each draft belongs to one user.
 */
import type { Actor } from '../audit/audit-log'
import type { RecordCodec } from '../codec/codec'
import type { MediationDb } from '../schema'

const TABLE = 'drafts'

/** What a draft holds: a form's values as they serialise (JSON), sealed whole. */
export type DraftValue =
  string | number | boolean | null | readonly DraftValue[] | { readonly [key: string]: DraftValue }

/** The acting user's form drafts, by form name. */
export interface DraftRepository {
  save(name: string, value: DraftValue): Promise<void>
  /** The draft as saved; `T` is the form's own type for what it saved under `name`. */
  load<T>(name: string): Promise<{ value: T; updatedAt: string } | null>
  clear(name: string): Promise<void>
}

export function createDraftRepository(
  db: MediationDb,
  codec: RecordCodec,
  actor: Actor,
  now = () => new Date(),
): DraftRepository {
  const keyOf = (name: string) => `${actor.id}:${name}`
  return {
    async save(name, value) {
      const key = keyOf(name)
      await db.drafts.put({
        key,
        userId: actor.id,
        updatedAt: now().toISOString(),
        body: await codec.seal(TABLE, key, value),
      })
    },
    async load<T>(name: string) {
      const row = await db.drafts.get(keyOf(name))
      if (!row) return null
      return { value: (await codec.open(TABLE, row.key, row.body)) as T, updatedAt: row.updatedAt }
    },
    async clear(name) {
      await db.drafts.delete(keyOf(name))
    },
  }
}
