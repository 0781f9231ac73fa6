/**
 * Restoring a backup. Nothing is touched until the whole file has been checked (every chunk and
 * the digest, as verifyBackup does); then the rows go into a NEW database at the schema version the
 * backup was made with, in batches, and that database is opened once with today's schema so the
 * frozen upgrades bring it up. The row counts are compared with what the check counted. Only then
 * does the caller switch the app to it (see active-database.ts): a restore that fails at any point
 * leaves the workspace that was there exactly as it was, and removes the half-written copy.
 */
import { Dexie } from 'dexie'
import { openDatabase, openDatabaseAt, SCHEMA_VERSION } from '../schema'
import { openBackup, type BackupOpener, type OpenedBackup } from './open-backup'
import type { ByteSource } from './ports'
import { BackupError, readRows, type ReadProgress } from './read-backup'
import { verifyBackup } from './verify-backup'

/** Rows written per transaction: large enough to be quick, small enough to keep memory flat. */
const BATCH = 400

export interface RestoreProgress {
  phase: 'checking' | 'writing'
  chunk: number
  chunks: number
}

export interface RestoreResult {
  /** The new database's name, for the caller to make active. */
  databaseName: string
  createdAt: string
  schemaVersion: number
  tables: Record<string, number>
  /** Set when a name and password opened the backup: that account may be logged in directly. */
  userId: string | null
}

export async function restoreBackup(input: {
  source: ByteSource
  opener: BackupOpener
  /** Name of the database to create; must not exist yet. */
  databaseName: string
  onProgress?: (p: RestoreProgress) => void
}): Promise<RestoreResult> {
  const { source, opener, databaseName, onProgress } = input
  const checked = await verifyBackup(source, opener, SCHEMA_VERSION, (p) =>
    onProgress?.({ phase: 'checking', ...p }),
  )
  if (!checked.ok) throw new BackupError(checked.problem)
  if (await Dexie.exists(databaseName)) throw new Error('restore: the target database exists')

  const opened: OpenedBackup = await openBackup(source, opener, SCHEMA_VERSION)
  const target = openDatabaseAt(databaseName, opened.opened.header.schemaVersion)
  try {
    await target.open()
    const written = await writeRows(
      target,
      readRows(source, opened.opened, opened.keys, progress(onProgress)),
    )
    target.close()
    for (const [table, count] of Object.entries(checked.tables)) {
      if (written[table] !== count)
        throw new Error(`restore: ${table} wrote ${written[table] ?? 0} of ${count}`)
    }
    // Today's schema: the upgrades from the backup's version run now, on the restored rows.
    const upgraded = openDatabase(databaseName)
    await upgraded.open()
    upgraded.close()
    return {
      databaseName,
      createdAt: checked.createdAt,
      schemaVersion: checked.schemaVersion,
      tables: checked.tables,
      userId: opened.userId,
    }
  } catch (error) {
    target.close()
    await Dexie.delete(databaseName).catch(() => undefined)
    throw error
  }
}

const progress =
  (onProgress?: (p: RestoreProgress) => void) =>
  (p: ReadProgress): void =>
    onProgress?.({ phase: 'writing', ...p })

async function writeRows(
  db: Dexie,
  rows: AsyncGenerator<[string, Record<string, unknown>]>,
): Promise<Record<string, number>> {
  const known = new Set(db.tables.map((t) => t.name))
  const counts: Record<string, number> = {}
  let table = ''
  let batch: Record<string, unknown>[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const rowsNow = batch
    batch = []
    await db.table(table).bulkAdd(rowsNow)
    counts[table] = (counts[table] ?? 0) + rowsNow.length
  }
  for await (const [name, row] of rows) {
    if (!known.has(name)) throw new BackupError({ code: 'content', chunk: 0 })
    if (name !== table) {
      await flush()
      table = name
    }
    batch.push(row)
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return counts
}
