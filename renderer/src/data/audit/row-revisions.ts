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
import { takeFresh } from '../crypto/revisions'

/**
 * The tables whose rows carry a sealed `body`. Left out: drafts (scratch copies) and the district's
 * imported cases — copies of signed bundles, which stay the evidence (an import of 100,000 would
 * otherwise put 100,000 names into one entry); the import's own row is kept.
 */
export const REVISED_TABLES: readonly string[] = [
  'cases',
  'records',
  'attachments',
  'persons',
  'documents',
  'documentFiles',
  'settings',
  'users',
  'counsellingClients',
  'counsellingRecords',
  'referrals',
  'screenings',
  'periodReports',
  'exports',
  'rooms',
  'imports',
]
const REVISED = new Set(REVISED_TABLES)

/** A row as the chain names it: `table/key`. Revision 0 means deleted. */
export type RowRevisions = Record<string, number>
export const rowName = (table: string, key: unknown) => `${table}/${String(key)}`

const notes = new WeakMap<object, Map<string, number>>()
/** Fresh bodies written in a transaction without the audit table (nothing will record them). */
let unrecorded: string[] = []

function note(trans: object, table: string, key: unknown, r: number) {
  const audited = (trans as Partial<IDBTransaction>).objectStoreNames?.contains('audit') ?? false
  if (!audited) {
    if (r !== 0) unrecorded.push(table)
    return
  }
  let m = notes.get(trans)
  if (!m) notes.set(trans, (m = new Map()))
  m.set(rowName(table, key), r)
}

function record(table: DBCoreTable, name: string, req: DBCoreMutateRequest) {
  if (req.type === 'add' || req.type === 'put') {
    const keyPath = table.schema.primaryKey.keyPath
    req.values.forEach((value: { body?: { r?: unknown }; value?: { r?: unknown } } | undefined, i) => {
      // Settings keep their sealed body under `value`.
      const r = (value?.body ?? value?.value)?.r
      if (typeof r !== 'number' || !takeFresh(r)) return
      const key =
        req.keys?.[i] ??
        (typeof keyPath === 'string' ? (value as Record<string, unknown>)[keyPath] : undefined)
      if (key !== undefined) note(req.trans, name, key, r)
    })
  } else if (req.type === 'delete') {
    for (const key of req.keys) note(req.trans, name, key, 0)
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
          if (!REVISED.has(name)) return table
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
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Tables that had freshly sealed rows written where no entry could record them (for tests). */
export function takeUnrecorded(): string[] {
  const out = unrecorded
  unrecorded = []
  return out
}
