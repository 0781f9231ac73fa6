/**
 * Tells the UI that what it shows may be stale: stored data changed (in this window or another),
 * or a session was unlocked so queries that failed while locked can run again. Writes to the
 * audit tables alone do not count: a screen that re-read after each audit entry would log another
 * view, and so on for ever.
 */
import { Dexie } from 'dexie'

const listeners = new Set<() => void>()
const QUIET_TABLES = new Set(['audit', 'auditPending'])

export function notifyChanged(): void {
  for (const l of listeners) l()
}

/** Dexie names what changed as `idb://<db>/<table>/<index>`. */
export function touchesData(parts: Record<string, unknown>): boolean {
  return Object.keys(parts).some((key) => {
    const table = /^idb:\/\/[^/]*\/([^/]+)/.exec(key)?.[1]
    return table === undefined || !QUIET_TABLES.has(table)
  })
}

export function subscribeToChanges(listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>) => {
    if (touchesData(parts)) listener()
  }
  const local = () => listener()
  listeners.add(local)
  Dexie.on('storagemutated', handler)
  return () => {
    listeners.delete(local)
    Dexie.on('storagemutated').unsubscribe(handler)
  }
}
