/**
 * A counsellor's own files in readable form: one `clients/<id>/client.json` per client (the client
 * and every record the counsellor wrote), and a manifest. Only rows owned by the counsellor are
 * read, and they open only with the counsellor's own key — nobody else can make this export.
 */
import { Dexie } from 'dexie'
import type { ByteSink } from '../backup/ports'
import type { RecordCodec } from '../codec/codec'
import type { MediationDb } from '../schema'
import { openClient, openRecord } from '../repositories/counselling/counselling-rows'
import { READABLE_VERSION, type ReadableExportResult } from './workspace-export'
import { zipStream, type ZipEntry } from './zip-stream'

export const COUNSELLING_FORMAT = 'mediation-room/counselling-export'

export async function writeCounsellingExport(options: {
  db: MediationDb
  codec: RecordCodec
  ownerId: string
  sink: ByteSink
  now: Date
  appVersion: string
}): Promise<ReadableExportResult> {
  const { db, codec, ownerId, now } = options
  const zip = zipStream(options.sink, now)
  const entries: ZipEntry[] = []
  const clients: { id: string; folder: string }[] = []
  try {
    const rows = await db.counsellingClients
      .where('[ownerId+updatedAt]')
      .between([ownerId, Dexie.minKey], [ownerId, Dexie.maxKey])
      .toArray()
    for (const row of rows) {
      const client = await openClient(codec, row)
      const recordRows = await db.counsellingRecords
        .where('[clientId+createdAt]')
        .between([row.id, Dexie.minKey], [row.id, Dexie.maxKey])
        .toArray()
      const records = await Promise.all(
        recordRows.filter((r) => r.ownerId === ownerId).map((r) => openRecord(codec, r)),
      )
      const folder = `clients/${row.id}`
      entries.push(await zip.addJson(`${folder}/client.json`, { client, records }))
      clients.push({ id: row.id, folder })
    }
    await zip.addJson('manifest.json', {
      format: COUNSELLING_FORMAT,
      version: READABLE_VERSION,
      createdAt: now.toISOString(),
      appVersion: options.appVersion,
      clients,
      files: entries,
    })
    const written = await zip.finish()
    return { ...written, cases: clients.length, files: entries.length + 1 }
  } catch (error) {
    await zip.abort().catch(() => undefined)
    throw error
  }
}
