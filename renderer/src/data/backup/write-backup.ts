/**
 * Writes the whole workspace as one backup file (format.ts), table by table, page by page in
 * primary-key order, so memory holds one page and one chunk whatever the size of the store. Every
 * table the database has is included — cases, records, persons, documents and their PDFs,
 * attachments, counselling ciphertext, referrals, the audit chain and pending entries, the vault,
 * users, settings, templates, export history, the district's tables — byte for byte as stored.
 */
import { Encoder } from '@msgpack/msgpack'
import type { Dexie, Table } from 'dexie'
import type { Encrypted } from '../crypto/aead'
import { utf8 } from '../crypto/bytes'
import type { Keyring } from '../crypto/keyring'
import type { RecoveryMaterial } from '../crypto/recovery'
import { createChunkWriter } from './chunk-writer'
import { CHUNK_BYTES, encodeU32, FORMAT, FORMAT_VERSION, MAGIC, type BackupHeader } from './format'
import { makeBackupKeys, type SlotSource } from './keys'
import type { ByteSink } from './ports'

export const BACKUP_APP = 'mediation-room'
const PAGE = 500

export interface BackupProgress {
  rows: number
  total: number
}

export interface WriteBackupInput {
  db: Dexie
  keyring: Keyring
  recovery: RecoveryMaterial
  accounts: readonly SlotSource[]
  appVersion: string
  sink: ByteSink
  now?: Date
  onProgress?: (progress: BackupProgress) => void
  signal?: AbortSignal
}

export interface BackupWritten {
  backupId: string
  createdAt: string
  schemaVersion: number
  name: string
  size: number
  chunks: number
  rows: number
}

/** Tables in a fixed order; the audit chain last, so a change made meanwhile is never without its entry. */
export function tablesInOrder(db: Dexie): Table[] {
  const last = ['audit', 'auditPending']
  return [...db.tables].sort((a, b) => {
    const la = last.indexOf(a.name)
    const lb = last.indexOf(b.name)
    if (la !== lb) return la - lb
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  })
}

/** Every row of a table in primary-key order, a page at a time. */
export async function* pagesOf(table: Table): AsyncGenerator<unknown[]> {
  let last: unknown = undefined
  for (;;) {
    const page: unknown[] =
      last === undefined
        ? await table.orderBy(':id').limit(PAGE).toArray()
        : await table.where(':id').above(last).limit(PAGE).toArray()
    if (page.length === 0) return
    yield page
    if (page.length < PAGE) return
    last = table.schema.primKey.keyPath
      ? (page.at(-1) as Record<string, unknown>)[table.schema.primKey.keyPath as string]
      : undefined
    if (last === undefined) return
  }
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
}

export function encodeHeader(header: BackupHeader): Uint8Array {
  return utf8(JSON.stringify(header))
}

export async function writeBackup(input: WriteBackupInput): Promise<BackupWritten> {
  const { db, sink } = input
  const backupId = crypto.randomUUID()
  const createdAt = (input.now ?? new Date()).toISOString()
  const { keys, section } = await makeBackupKeys({
    backupId,
    keyring: input.keyring,
    recovery: input.recovery,
    accounts: input.accounts,
  })
  const header: BackupHeader = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    app: BACKUP_APP,
    appVersion: input.appVersion,
    schemaVersion: db.verno,
    createdAt,
    backupId,
    chunkBytes: CHUNK_BYTES,
    keys: section,
  }
  const headerBytes = encodeHeader(header)
  const tables = tablesInOrder(db)
  const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0)
  let rows = 0
  try {
    const start = new Uint8Array(MAGIC.length + 4 + headerBytes.length)
    start.set(MAGIC, 0)
    start.set(encodeU32(headerBytes.length), MAGIC.length)
    start.set(headerBytes, MAGIC.length + 4)
    await sink.write(start)
    const writer = createChunkWriter({
      sink,
      backupId,
      headerHash: await sha256(headerBytes),
      backupKey: keys.backupKey,
      digestKey: keys.digestKey,
      written: start.length,
    })
    const encoder = new Encoder({ ignoreUndefined: true })
    for (const table of tables) {
      for await (const page of pagesOf(table)) {
        if (input.signal?.aborted) throw new DOMException('cancelled', 'AbortError')
        for (const row of page) await writer.frame(encoder.encode([table.name, row]))
        rows += page.length
        input.onProgress?.({ rows, total })
      }
    }
    const { chunks } = await writer.finish()
    const saved = await sink.commit()
    return { backupId, createdAt, schemaVersion: db.verno, name: saved.name, size: saved.size, chunks, rows }
  } catch (error) {
    await sink.abort().catch(() => undefined)
    throw error
  }
}

/** What `accounts` needs from a user row (its password-wrapped keyring and how it is bound). */
export interface AccountRow {
  id: string
  username: string
  kdf: SlotSource['kdf']
  keyring: Encrypted
  keyringBinding?: 1 | 2
}

export const slotSourceOf = (u: AccountRow): SlotSource => ({
  userId: u.id,
  username: u.username,
  kdf: u.kdf,
  keyring: u.keyring,
  binding: u.keyringBinding ?? 1,
})
