/** Tells the UI that stored data changed (in this window or another), so it can query again. */
import { Dexie } from 'dexie'

export function subscribeToChanges(listener: () => void): () => void {
  const handler = () => listener()
  Dexie.on('storagemutated', handler)
  return () => Dexie.on('storagemutated').unsubscribe(handler)
}
