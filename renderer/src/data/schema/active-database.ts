/**
 * Which IndexedDB database is the workspace. Normally `mediation-room`; after a restore, the
 * database the backup was written into (IndexedDB cannot rename one). The name is kept beside the
 * database in the page's storage, so switching is one write: the old database is deleted only after
 * the switch, and a restore interrupted before it leaves the old workspace in use.
 */
import { Dexie } from 'dexie'
import { DATABASE_NAME } from './index'

export const ACTIVE_DATABASE_KEY = 'mediation-room:database'
const NAME = /^mediation-room(-restored-[0-9a-f-]{36})?$/

type Store = Pick<Storage, 'getItem' | 'setItem'>

export function activeDatabaseName(storage: Store): string {
  const name = storage.getItem(ACTIVE_DATABASE_KEY)
  return name && NAME.test(name) ? name : DATABASE_NAME
}

/** A fresh name for a restore's database. */
export const restoreDatabaseName = (): string => `${DATABASE_NAME}-restored-${crypto.randomUUID()}`

/** Makes `name` the workspace and deletes the database that was it. */
export async function switchActiveDatabase(storage: Store, name: string): Promise<void> {
  if (!NAME.test(name)) throw new Error('database: not a workspace name')
  const previous = activeDatabaseName(storage)
  storage.setItem(ACTIVE_DATABASE_KEY, name)
  if (previous !== name) await Dexie.delete(previous).catch(() => undefined)
}
