/**
 * What the audit chain knows of each sealed row: the revision (crypto/revisions.ts) the row was
 * last written with. A Dexie middleware notes, per transaction, every freshly sealed body written
 * and every row deleted; the audit log takes those notes inside the same transaction and hashes
 * them into the change's entry (`rows`). The chain is anchored outside the database, so the notes
 * cannot be cut off or rewritten unseen — and a row whose body is not the revision the chain last
 * recorded (an older ciphertext copied back, a row deleted or put back outside the app) is named by
 * the check below.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Dexie } from 'dexie'
import { rowName } from '../../domain/audit/actions'
import { DELETED, isRevised, takeFresh, versionOf } from '../crypto/revisions'

/** A row as the chain names it, `table/key`, and the version it was written with (crypto/revisions.ts `versionOf`; '0': deleted). */
export type RowRevisions = Record<string, string>

const notes = new WeakMap<object, Map<string, string>>()
/** Tables with fresh bodies written in a transaction without the audit table (nothing will record them). */
const unrecorded = new Set<string>()

function note(trans: object, table: string, key: unknown, version: string) {
  const audited = (trans as Partial<IDBTransaction>).objectStoreNames?.contains('audit') ?? false
  if (!audited) {
    if (version !== DELETED) unrecorded.add(table)
    return
  }
  let m = notes.get(trans)
  if (!m) notes.set(trans, (m = new Map()))
  m.set(rowName(table, key), version)
}

function record(table: DBCoreTable, name: string, req: DBCoreMutateRequest) {
  if (req.type === 'add' || req.type === 'put') {
    const keyPath = table.schema.primaryKey.keyPath
    req.values.forEach((value: { body?: { r?: unknown }; value?: { r?: unknown } } | undefined, i) => {
      // Settings keep their sealed body under `value`.
      const body = value?.body ?? value?.value
      const r = body?.r
      if (typeof r !== 'number' || !takeFresh(r)) return
      const version = versionOf(body)
      const key =
        req.keys?.[i] ??
        (typeof keyPath === 'string' ? (value as Record<string, unknown>)[keyPath] : undefined)
      if (key !== undefined && version) note(req.trans, name, key, version)
    })
  } else if (req.type === 'delete') {
    for (const key of req.keys) note(req.trans, name, key, DELETED)
  }
}

/** Installs the note-taking on `db` (every database this app opens). */
export function trackRevisions(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'row-revisions',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name) {
          const table = down.table(name)
          if (!isRevised(name)) return table
          return {
            ...table,
            mutate(req) {
              record(table, name, req)
              return table.mutate(req)
            },
          }
        },
      }
    },
  })
}

/** The rows noted in the current transaction (and forgets them); undefined when none. */
export function takeRevisions(trans: { idbtrans?: unknown } | null | undefined): RowRevisions | undefined {
  const idb = trans?.idbtrans
  if (!idb || typeof idb !== 'object') return undefined
  const m = notes.get(idb)
  if (!m || m.size === 0) return undefined
  notes.delete(idb)
  return Object.fromEntries(m)
}

/** Tables that had freshly sealed rows written where no entry could record them (for tests). */
export function takeUnrecorded(): string[] {
  const out = [...unrecorded]
  unrecorded.clear()
  return out
}
