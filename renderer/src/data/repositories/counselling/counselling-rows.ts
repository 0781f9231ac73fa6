/**
 * What a stored counselling row holds inside its sealed body, and turning rows into the owner's
 * view. Only ids, the owner id and dates are plain; the kind of a record, whether it is signed,
 * and every word are sealed.
 */
import type { ClientOrigin, CounsellingClient, Watch } from '../../../domain/counselling/client'
import type { CounsellingRecordKind } from '../../../domain/counselling/catalogues'
import type { CounsellingRecord, RecordData } from '../../../domain/counselling/records'
import type { RecordCodec } from '../../codec/codec'
import { toHex, utf8 } from '../../crypto/bytes'
import type { CounsellingClientRow, CounsellingRecordRow } from '../../schema'

export const CLIENTS = 'counsellingClients'
export const RECORDS = 'counsellingRecords'

export interface ClientBody {
  name: string
  isAlias: boolean
  contact: string
  note: string
  origin: ClientOrigin | null
  status: 'open' | 'closed'
  closedOn: string
  watch: Watch
}

interface BodyOf<K extends CounsellingRecordKind> {
  kind: K
  data: RecordData<K>
  updatedAt: string
  signedAt: string
  signature: string
  signerId: string
  addendumTo: string
}

/** A record's sealed body; checking `kind` narrows `data`. */
export type RecordBody = { [K in CounsellingRecordKind]: BodyOf<K> }[CounsellingRecordKind]

export const NO_WATCH: Watch = { flagged: false, followUps: [], note: '' }

export async function openClient(codec: RecordCodec, row: CounsellingClientRow): Promise<CounsellingClient> {
  const body = (await codec.open(CLIENTS, row.id, row.body)) as ClientBody
  return {
    id: row.id,
    name: body.name,
    isAlias: body.isAlias,
    contact: body.contact,
    note: body.note,
    origin: body.origin,
    status: body.status,
    closedOn: body.closedOn,
    retainUntil: row.retainUntil,
    watch: body.watch,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

export const clientBody = (c: CounsellingClient): ClientBody => ({
  name: c.name,
  isAlias: c.isAlias,
  contact: c.contact,
  note: c.note,
  origin: c.origin,
  status: c.status,
  closedOn: c.closedOn,
  watch: c.watch,
})

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The signature hash: SHA-256 over what was signed, where, when and by whom. */
export async function signatureHash(
  recordId: string,
  clientId: string,
  body: Pick<RecordBody, 'kind' | 'data' | 'signedAt' | 'signerId' | 'addendumTo'>,
): Promise<string> {
  const input = canonical([
    recordId,
    clientId,
    body.kind,
    body.data,
    body.signedAt,
    body.signerId,
    body.addendumTo,
  ])
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(input))))
}

/** A record's body as sealed (signed content is shown as it was signed, never re-parsed). */
export async function openBody(codec: RecordCodec, row: CounsellingRecordRow): Promise<RecordBody> {
  return (await codec.open(RECORDS, row.id, row.body)) as RecordBody
}

export async function openRecord(codec: RecordCodec, row: CounsellingRecordRow): Promise<CounsellingRecord> {
  const body = await openBody(codec, row)
  const intact = body.signedAt === '' || (await signatureHash(row.id, row.clientId, body)) === body.signature
  // Spread, not copied field by field, so the record's data stays tied to its kind.
  const { signerId: _signerId, ...kept } = body
  return { ...kept, id: row.id, clientId: row.clientId, createdAt: row.createdAt, intact }
}
