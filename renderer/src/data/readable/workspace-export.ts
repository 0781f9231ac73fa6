/**
 * The mediation workspace in readable, documented form (issue 11 item 7), for moving to another
 * system: a zip with one folder per case — `case.json` (the case with its parties, every record,
 * its documents and attachments listed) beside the issued agreement PDFs and the attachments as
 * they were uploaded — and `manifest.json` last, naming every file with its size and SHA-256.
 * Cases are read a page at a time and each file is written before the next is read. Counselling is
 * not in it: only a counsellor exports their own files (counselling-export.ts).
 */
import type { RecordCodec } from '../codec/codec'
import type { ByteSink } from '../backup/ports'
import type { CaseRow, MediationDb } from '../schema'
import { rowToCase, rowToRecord } from '../repositories/cases/case-rows'
import { DOCUMENTS, openFile, pdfFileId } from '../repositories/agreements/agreement-rows'
import { safeSegment, zipStream, type ZipEntry } from './zip-stream'

export const READABLE_FORMAT = 'mediation-room/readable-export'
export const READABLE_VERSION = 1
const PAGE = 100

export interface ReadableExportResult {
  name: string
  size: number
  cases: number
  files: number
}

interface AttachmentBody {
  name: string
  type: string
  data: Uint8Array
  /** Absent on files stored before kinds existed (evidence). */
  category?: string
}

export async function writeWorkspaceExport(options: {
  db: MediationDb
  codec: RecordCodec
  sink: ByteSink
  now: Date
  appVersion: string
  schemaVersion: number
  onProgress?: (p: { cases: number; total: number }) => void
  signal?: AbortSignal
}): Promise<ReadableExportResult> {
  const { db, codec, now } = options
  const zip = zipStream(options.sink, now)
  const entries: ZipEntry[] = []
  const index: { id: string; caseNo: string; folder: string }[] = []
  const total = await db.cases.count()
  try {
    let after: string | null = null
    for (;;) {
      const rows: CaseRow[] = await (after === null
        ? db.cases.orderBy(':id').limit(PAGE).toArray()
        : db.cases.where(':id').above(after).limit(PAGE).toArray())
      if (rows.length === 0) break
      for (const row of rows) {
        if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError')
        const folder = `cases/${safeSegment(row.caseNo)}_${row.id.slice(0, 8)}`
        entries.push(...(await exportCase(db, codec, row, folder, zip)))
        index.push({ id: row.id, caseNo: row.caseNo, folder })
        options.onProgress?.({ cases: index.length, total })
      }
      after = (rows.at(-1) as CaseRow).id
    }
    await zip.addJson('manifest.json', {
      format: READABLE_FORMAT,
      version: READABLE_VERSION,
      createdAt: now.toISOString(),
      appVersion: options.appVersion,
      schemaVersion: options.schemaVersion,
      counselling: 'not included: each counsellor exports their own files',
      cases: index,
      files: entries,
    })
    const written = await zip.finish()
    return { ...written, cases: index.length, files: entries.length + 1 }
  } catch (error) {
    await zip.abort().catch(() => undefined)
    throw error
  }
}

async function exportCase(
  db: MediationDb,
  codec: RecordCodec,
  row: CaseRow,
  folder: string,
  zip: ReturnType<typeof zipStream>,
): Promise<ZipEntry[]> {
  const written: ZipEntry[] = []
  const c = await rowToCase(codec, row)
  const recordRows = await db.records
    .where('[caseId+createdAt]')
    .between([row.id, ''], [row.id, '\uffff'])
    .toArray()
  const records = await Promise.all(recordRows.map((r) => rowToRecord(codec, r)))

  const documents = []
  for (const d of await db.documents.where('caseId').equals(row.id).toArray()) {
    const body = await codec.open(DOCUMENTS, d.id, d.body)
    const pdfRow = await db.documentFiles.get(pdfFileId(d.id))
    let pdf: string | null = null
    if (pdfRow) {
      pdf = `documents/${safeSegment(d.kind)}-v${d.version}-${d.status}.pdf`
      written.push(await zip.add(`${folder}/${pdf}`, await openFile(codec, pdfRow)))
    }
    const { body: _sealed, ...plain } = d
    documents.push({ ...plain, content: body, pdf })
  }

  const attachments = []
  const attachmentRows = await db.attachments
    .where('[caseId+createdAt]')
    .between([row.id, ''], [row.id, '\uffff'])
    .toArray()
  for (const a of attachmentRows) {
    const body = (await codec.open('attachments', a.id, a.body)) as AttachmentBody
    const file = `attachments/${a.id.slice(0, 8)}-${safeSegment(body.name)}`
    written.push(await zip.add(`${folder}/${file}`, body.data))
    attachments.push({
      id: a.id,
      name: body.name,
      type: body.type,
      category: body.category ?? 'evidence',
      size: a.size,
      createdAt: a.createdAt,
      file,
    })
  }

  written.unshift(await zip.addJson(`${folder}/case.json`, { case: c, records, documents, attachments }))
  return written
}
