/**
 * Restore: a real encrypted workspace (cases, attachments, counselling under the counsellor's own
 * key, users, audit) backed up and restored into a new database, row for row identical, and the
 * restored workspace opens with the same password and keeps its audit chain whole. A damaged file
 * or a wrong key changes nothing: no database is created. A backup made at an older schema version
 * is brought up by the frozen upgrades.
 */
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { memorySink, memorySource } from '../../../renderer/src/data/backup/ports'
import { BackupError } from '../../../renderer/src/data/backup/read-backup'
import { restoreBackup } from '../../../renderer/src/data/backup/restore-backup'
import { accountsOf, recoveryMaterialOf } from '../../../renderer/src/data/backup/sources'
import { writeBackup, tablesInOrder } from '../../../renderer/src/data/backup/write-backup'
import { login } from '../../../renderer/src/data/auth/login'
import { createRepositories } from '../../../renderer/src/data/repositories'
import {
  openDatabase,
  openDatabaseAt,
  SCHEMA_VERSION,
  type MediationDb,
} from '../../../renderer/src/data/schema'
import {
  activeDatabaseName,
  restoreDatabaseName,
  switchActiveDatabase,
} from '../../../renderer/src/data/schema/active-database'
import { memoryStorage } from '../../../renderer/src/platform/page-keeper'
import { makeRegistration } from '../../builders/cases'
import { ADMIN_PASSWORD, keeperOf, sessionAs, setUpWorkspace, TEST_KDF } from '../../builders/session'

async function backupOf(db: Dexie, w: Awaited<ReturnType<typeof setUpWorkspace>>) {
  const sink = memorySink()
  await writeBackup({
    db,
    keyring: w.session.keyring,
    recovery: await recoveryMaterialOf(db as MediationDb),
    accounts: await accountsOf(db as MediationDb),
    appVersion: 'test',
    sink,
  })
  return sink.bytes()
}

async function everyRow(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of tablesInOrder(db)) out[table.name] = await table.toArray()
  return out
}

/** Byte arrays that drag a larger buffer along (a view into a decoded chunk): stored, each clones it all. */
function viewsInto(value: unknown, found: number[] = []): number[] {
  if (value instanceof Uint8Array) {
    if (value.byteLength !== value.buffer.byteLength) found.push(value.buffer.byteLength)
  } else if (Array.isArray(value)) for (const v of value) viewsInto(v, found)
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const v of Object.values(value)) viewsInto(v, found)
  return found
}

const mediatorOf = (w: Awaited<ReturnType<typeof setUpWorkspace>>) =>
  createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })

describe('restoring a backup', () => {
  it('gives back every row of every table, and the same password opens it', async () => {
    const w = await setUpWorkspace()
    const mediator = createRepositories(w.db, sessionAs(w.session, ['mediator']), { kdfCost: TEST_KDF })
    for (let i = 0; i < 5; i++) {
      const c = await mediator.cases.register(makeRegistration({ facts: `邻里噪音纠纷 ${i}` }))
      await mediator.cases.addAttachment(c.id, {
        name: `证据${i}.pdf`,
        data: new TextEncoder().encode(`%PDF-1.7\n${i}`),
      })
    }
    const bytes = await backupOf(w.db, w)
    const before = await everyRow(w.db)

    const name = restoreDatabaseName()
    const result = await restoreBackup({
      source: memorySource(bytes),
      opener: { kind: 'password', username: 'admin', password: ADMIN_PASSWORD },
      databaseName: name,
    })
    expect(result.tables.cases).toBe(5)
    const restored = openDatabase(name) as MediationDb
    expect(await everyRow(restored)).toEqual(before)
    // Each row's bytes are its own: a row holding a view into a 1 MiB decoded chunk would store the
    // whole chunk again (restores grew superlinearly and the restored database bloated).
    expect(viewsInto(await everyRow(restored))).toEqual([])

    // The restored workspace is a working one: its own administrator logs in (on a new PC, whose
    // keeper knows nothing yet), the records open, and the audit chain verifies.
    const session = await login(restored, keeperOf(restored), 'admin', ADMIN_PASSWORD)
    const repos = createRepositories(restored, session, { kdfCost: TEST_KDF })
    const page = await repos.cases.list({ sortBy: 'createdAt', direction: 'desc', page: 0, pageSize: 10 })
    expect(page.total).toBe(5)
    expect((await repos.audit.verify()).ok).toBe(true)
  })

  it('opens with the printed recovery key too', async () => {
    const w = await setUpWorkspace()
    await mediatorOf(w).cases.register(makeRegistration())
    const bytes = await backupOf(w.db, w)
    const result = await restoreBackup({
      source: memorySource(bytes),
      opener: { kind: 'recovery', recoveryKey: w.recoveryKey },
      databaseName: restoreDatabaseName(),
    })
    expect(result.tables.cases).toBe(1)
  })

  it('a wrong password, a cut file or one changed byte creates nothing', async () => {
    const w = await setUpWorkspace()
    await mediatorOf(w).cases.register(makeRegistration())
    const bytes = await backupOf(w.db, w)
    const changed = bytes.slice()
    changed[changed.length - 100] = (changed[changed.length - 100] ?? 0) ^ 1
    const attempts = [
      { bytes, opener: { kind: 'password' as const, username: 'admin', password: 'not the password' } },
      {
        bytes: bytes.slice(0, bytes.length - 40),
        opener: { kind: 'recovery' as const, recoveryKey: w.recoveryKey },
      },
      { bytes: changed, opener: { kind: 'recovery' as const, recoveryKey: w.recoveryKey } },
    ]
    for (const a of attempts) {
      const name = restoreDatabaseName()
      await expect(
        restoreBackup({ source: memorySource(a.bytes), opener: a.opener, databaseName: name }),
      ).rejects.toBeInstanceOf(BackupError)
      expect(await Dexie.exists(name)).toBe(false)
    }
  })

  it('a backup made at an older schema version is brought up to today’s by the frozen upgrades', async () => {
    const w = await setUpWorkspace()
    await mediatorOf(w).cases.register(makeRegistration())
    // The same rows, seen through a database declared only up to version 4.
    w.db.close()
    const old = openDatabaseAt(w.db.name, 4)
    await old.open()
    // Dexie opens an existing newer database at its own version; a real v4 backup is made from a
    // v4 database. Copy the rows into one that really is at v4 to make it.
    const v4 = openDatabaseAt(`v4-${crypto.randomUUID()}`, 4)
    await v4.open()
    for (const table of tablesInOrder(v4)) {
      const rows = await old.table(table.name).toArray()
      await v4.table(table.name).bulkAdd(rows)
    }
    old.close()
    expect(v4.verno).toBe(4)
    const bytes = await backupOf(v4, w)
    const name = restoreDatabaseName()
    const result = await restoreBackup({
      source: memorySource(bytes),
      opener: { kind: 'recovery', recoveryKey: w.recoveryKey },
      databaseName: name,
    })
    expect(result.schemaVersion).toBe(4)
    const restored = openDatabase(name)
    await restored.open()
    expect(restored.verno).toBe(SCHEMA_VERSION)
    expect(await restored.table('cases').count()).toBe(1)
  })

  it('the app switches to the restored database in one write and deletes the old one', async () => {
    const storage = memoryStorage()
    expect(activeDatabaseName(storage)).toBe('mediation-room')
    const old = openDatabase('mediation-room')
    await old.open()
    old.close()
    const name = restoreDatabaseName()
    await switchActiveDatabase(storage, name)
    expect(activeDatabaseName(storage)).toBe(name)
    expect(await Dexie.exists('mediation-room')).toBe(false)
    storage.setItem('mediation-room:database', 'evil"name')
    expect(activeDatabaseName(storage)).toBe('mediation-room')
  })
})
