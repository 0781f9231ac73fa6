/**
 * Backup benchmarks on the seeded bench workspace (run after the query metrics, in the same page):
 * a whole backup into memory (`backup.<n>`), verifying it (`backup.verify.<n>`), restoring it into
 * a new database (`restore.<n>`), and dexie-export-import's plain export of the same store as the
 * baseline (`raw.export.<n>`); and the backup file's size against the IndexedDB usage. The file is
 * kept as a Blob (outside the JS heap), read back slice by slice as the app reads a picked file.
 */
import { Dexie } from 'dexie'
import { exportDB } from 'dexie-export-import'
import type { MediationDb } from '../src/data'
import type { Repositories } from '../src/data/repositories'
import type { ByteSink, ByteSource } from '../src/data/backup/ports'
import { restoreBackup } from '../src/data/backup/restore-backup'
import { verifyBackup } from '../src/data/backup/verify-backup'
import { SCHEMA_VERSION } from '../src/data/schema'
import { restoreDatabaseName } from '../src/data/schema/active-database'

export interface BackupTimes {
  backup: number[]
  verify: number[]
  restore: number[]
  rawExport: number[]
  openWithPassword: number[]
  fileBytes: number
  rawExportBytes: number
  idbBytes: number | null
}

function blobSink(): ByteSink & { blob(): Blob } {
  let parts: Blob[] = []
  let done: Blob | null = null
  return {
    write: async (bytes) => void parts.push(new Blob([bytes.slice()])),
    commit: async () => {
      done = new Blob(parts)
      parts = []
      return { name: 'bench.mrbak', size: done.size }
    },
    abort: async () => void (parts = []),
    blob: () => {
      if (!done) throw new Error('not committed')
      return done
    },
  }
}

const blobSource = (blob: Blob): ByteSource => ({
  size: blob.size,
  name: 'bench.mrbak',
  read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  close: async () => undefined,
})

export async function benchBackup(
  db: MediationDb,
  repos: Repositories,
  options: {
    runs: number
    username: string
    password: string
    progress: (m: string) => Promise<void> | undefined
  },
): Promise<BackupTimes> {
  const times: BackupTimes = {
    backup: [],
    verify: [],
    restore: [],
    rawExport: [],
    openWithPassword: [],
    fileBytes: 0,
    rawExportBytes: 0,
    idbBytes: null,
  }
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => null)
  const details = (estimate as { usageDetails?: { indexedDB?: number } } | null)?.usageDetails
  times.idbBytes = details?.indexedDB ?? estimate?.usage ?? null
  let file: Blob | null = null
  for (let i = 0; i < options.runs; i++) {
    const sink = blobSink()
    let t = performance.now()
    await repos.backup.create(sink, { reason: 'manual', where: 'file', appVersion: 'bench' })
    times.backup.push(performance.now() - t)
    file = sink.blob()
    times.fileBytes = file.size
    await options.progress(`backup ${i + 1}/${options.runs}: ${Math.round(times.backup.at(-1) ?? 0)} ms`)

    t = performance.now()
    await options.progress('verifying')
    const verified = await repos.backup.verify(blobSource(file))
    times.verify.push(performance.now() - t)
    if (!verified.ok) throw new Error(`bench backup does not verify: ${verified.problem.code}`)

    await options.progress(`verified in ${Math.round(times.verify.at(-1) ?? 0)} ms`)
    // Where a restore's time goes: opening the file with the password (verify through a slot).
    t = performance.now()
    await verifyBackup(
      blobSource(file),
      { kind: 'password', username: options.username, password: options.password },
      SCHEMA_VERSION,
    )
    times.openWithPassword.push(performance.now() - t)
    await options.progress(
      `verified with the password in ${Math.round(times.openWithPassword.at(-1) ?? 0)} ms`,
    )
    const name = restoreDatabaseName()
    t = performance.now()
    await restoreBackup({
      source: blobSource(file),
      opener: { kind: 'password', username: options.username, password: options.password },
      databaseName: name,
      onProgress: (p) => {
        void options.progress(
          `restore ${p.phase} ${p.chunk}/${p.chunks} at ${Math.round(performance.now() - t)} ms`,
        )
      },
    })
    times.restore.push(performance.now() - t)
    await Dexie.delete(name)
    await options.progress(`restore ${i + 1}/${options.runs}: ${Math.round(times.restore.at(-1) ?? 0)} ms`)

    t = performance.now()
    const raw = await exportDB(db as unknown as Dexie)
    times.rawExport.push(performance.now() - t)
    times.rawExportBytes = raw.size
  }
  return times
}
