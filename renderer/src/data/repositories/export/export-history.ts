/**
 * The history of exports made here: one row per bundle, with its manifest hash, what it held, the
 * legal basis of an identified export (PIPL Art. 23), and the district's receipt once uploaded.
 * Only the time and the incremental boundary are plain; the rest is sealed.
 */
import { z } from 'zod'
import type { ExportRow } from '../../schema'
import type { ExportContext } from './context'

export const EXPORTS = 'exports'

const receiptSchema = z.object({
  at: z.string(),
  /** The district's acknowledgement (a reference number or message), as the upload returned it. */
  reference: z.string().max(500),
  endpoint: z.string().max(500).default(''),
})
export type ExportReceipt = z.output<typeof receiptSchema>
export type ExportReceiptInput = z.input<typeof receiptSchema>

export const exportBodySchema = z.object({
  bundleId: z.string(),
  fileName: z.string(),
  manifestHash: z.string(),
  /** Lower-case hex SHA-256 of the whole zip: how the upload queue's job (and its receipt) is matched. */
  sha256: z.string(),
  period: z.object({ key: z.string(), from: z.string(), to: z.string() }),
  since: z.string().nullable(),
  identified: z.boolean(),
  legalBasis: z.string().nullable(),
  includesFreeText: z.boolean(),
  cases: z.number().int().min(0),
  parties: z.number().int().min(0),
  size: z.number().int().min(0),
  createdBy: z.string(),
  createdByName: z.string(),
  receipt: receiptSchema.nullable(),
})
export type ExportBody = z.output<typeof exportBodySchema>

export interface ExportHistoryItem extends ExportBody {
  id: string
  createdAt: string
  until: string
}

export function createExportHistory(ctx: ExportContext) {
  const { db, codec } = ctx
  const open = async (row: ExportRow): Promise<ExportHistoryItem> => ({
    id: row.id,
    createdAt: row.createdAt,
    until: row.until,
    ...exportBodySchema.parse(await codec.open(EXPORTS, row.id, row.body)),
  })
  /** The time and the incremental boundary stay plain; the rest is sealed. */
  const toRow = async ({ id, createdAt, until, ...body }: ExportHistoryItem): Promise<ExportRow> => ({
    id,
    createdAt,
    until,
    body: await codec.seal(EXPORTS, id, body satisfies ExportBody),
  })

  return {
    /** Seals now; the returned write is IndexedDB work only (for a commit with its audit entry). */
    async prepareAdd(id: string, createdAt: string, until: string, body: ExportBody) {
      const row = await toRow({ id, createdAt, until, ...body })
      return () => db.exports.add(row)
    },
    async list(): Promise<ExportHistoryItem[]> {
      const rows = await db.exports.orderBy('createdAt').reverse().toArray()
      return Promise.all(rows.map(open))
    },
    /** Where the next incremental export starts: the newest boundary of any export made here. */
    async lastUntil(): Promise<string | null> {
      const rows = await db.exports.toArray()
      return rows.reduce<string | null>((max, r) => (max === null || r.until > max ? r.until : max), null)
    },
    async get(id: string): Promise<ExportHistoryItem | null> {
      const row = await db.exports.get(id)
      return row ? open(row) : null
    },
    /** The item with its receipt and the write that stores it (IndexedDB work only), or null. */
    async prepareReceipt(
      id: string,
      receipt: ExportReceiptInput,
    ): Promise<{ next: ExportHistoryItem; write: () => Promise<unknown> } | null> {
      const row = await db.exports.get(id)
      if (!row) return null
      const next: ExportHistoryItem = { ...(await open(row)), receipt: receiptSchema.parse(receipt) }
      const stored = await toRow(next)
      return { next, write: () => db.exports.put(stored) }
    },
  }
}
