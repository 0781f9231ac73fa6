/**
 * Tells the UI that what it shows may be stale: stored data changed (in this window or another),
 * or a session was unlocked so queries that failed while locked can run again.
 */
import { Dexie } from 'dexie'

const listeners = new Set<() => void>()

export function notifyChanged(): void {
  for (const l of listeners) l()
}

export function subscribeToChanges(listener: () => void): () => void {
  const handler = () => listener()
  listeners.add(handler)
  Dexie.on('storagemutated', handler)
  return () => {
    listeners.delete(handler)
    Dexie.on('storagemutated').unsubscribe(handler)
  }
}
