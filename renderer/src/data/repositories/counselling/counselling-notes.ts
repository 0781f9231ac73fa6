/**
 * A client's records: consent, notes, exceptions, addenda. Notes are drafts until signed; signing
 * stores the time and a SHA-256 over the content inside the sealed body and locks the note for
 * good. A correction is an addendum — a new record pointing at the note, with its reason and time
 * — so the earlier text is never altered. Signing a closing summary closes the file and starts its
 * retention period.
 */
import type { z } from 'zod'
import { isCreatableKind, isNoteKind, type CreatableKind } from '../../../domain/counselling/catalogues'
import { consentText } from '../../../domain/counselling/consent-texts'
import { COUNSELLING_MSG } from '../../../domain/counselling/messages'
import {
  addendumSchema,
  consentInputSchema,
  parseRecordContent,
  type CounsellingRecord,
  type RECORD_SCHEMAS,
  type RecordContent,
} from '../../../domain/counselling/records'
import { retainUntil } from '../../../domain/counselling/retention'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import { MSG } from '../../../domain/shared/messages'
import { toHex, utf8 } from '../../crypto/bytes'
import type { CounsellingClientRow, CounsellingRecordRow } from '../../schema'
import type { AuditTarget, EntrySpec } from '../../audit/audit-log'
import type { AuditAction } from '../../../domain/audit/actions'
import type { CounsellingContext } from './context'
import {
  clientBody,
  openBody,
  openClient,
  openRecord,
  RECORDS,
  CLIENTS,
  signatureHash,
  type RecordBody,
} from './counselling-rows'
import { readRetentionYears } from './retention-settings'

/** What a form sends for a record of one kind; consent without the text hash, which is added here. */
export type CounsellingRecordInput<K extends CreatableKind = CreatableKind> = K extends 'consent'
  ? z.input<typeof consentInputSchema>
  : z.input<(typeof RECORD_SCHEMAS)[K]>

/** A client's records: consent, notes (drafts until signed), exceptions, addenda. */
export interface CounsellingNotes {
  /** Records something about a client; notes stay drafts unless `sign` is set. */
  addRecord<K extends CreatableKind>(
    clientId: string,
    kind: K,
    input: CounsellingRecordInput<K>,
    options?: { sign?: boolean },
  ): Promise<CounsellingRecord>
  /** Changes a draft note (its data, as its kind's form sends it). A signed note is locked. */
  updateRecord(recordId: string, input: CounsellingRecordInput): Promise<CounsellingRecord>
  /** Signs and locks a draft note; signing a closing summary closes the file. */
  signRecord(recordId: string): Promise<CounsellingRecord>
  /** A correction to a signed record: its own record, with reason and time, signed at once. */
  addAddendum(recordId: string, input: z.input<typeof addendumSchema>): Promise<CounsellingRecord>
  /** One record (for the printable exception record). */
  getRecord(recordId: string): Promise<CounsellingRecord>
}

/** Kinds that are final the moment they are recorded. */
const FINAL_KINDS = new Set<CreatableKind>(['consent', 'exception'])
/** Kinds that still make sense after a file is closed. */
const AFTER_CLOSING = new Set<CreatableKind>(['exception'])
/** Notes that presuppose the person's consent to counselling. */
const NEEDS_CONSENT = new Set<CreatableKind>(['intake', 'session', 'risk'])

const refuse = (message: string, path = ''): never => {
  throw new ValidationError([{ path, message }])
}

async function sha256Hex(text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(text))))
}

export function createCounsellingNotes(ctx: CounsellingContext): CounsellingNotes {
  const { db, audit, access, now, newId, owner, ownClientRow, ownRecordRow } = ctx
  const noteTarget = (id: string) => ({ type: 'counselling-note', id })

  /** Consent: the repository, not the form, hashes the exact text the version names. */
  async function consentData(input: CounsellingRecordInput) {
    const parsed = parseOrThrow(consentInputSchema, input)
    const text = consentText(parsed.textVersion, parsed.language)
    if (text === undefined) refuse(COUNSELLING_MSG.consentText, 'textVersion')
    return { ...parsed, textHash: await sha256Hex(text as string) }
  }

  async function hasConsent(clientId: string): Promise<boolean> {
    const { codec } = owner()
    const rows = await db.counsellingRecords.where('clientId').equals(clientId).toArray()
    for (const row of rows) if ((await openRecord(codec, row)).kind === 'consent') return true
    return false
  }

  /** Seals a record body and stores it, touching the client's updatedAt in the same transaction. */
  /** The record, its client's change and their audit entries: one transaction, both or neither. */
  async function write(
    row: Omit<CounsellingRecordRow, 'body'>,
    body: RecordBody,
    client: { row: CounsellingClientRow; patch?: Partial<CounsellingClientRow> },
    entries: { action: AuditAction; target: AuditTarget; details?: EntrySpec['details'] }[],
  ): Promise<void> {
    const { codec } = owner()
    const sealed = await codec.seal(RECORDS, row.id, body)
    const closing = client.patch
      ? [
          {
            action: 'counselling.client-close' as const,
            target: { type: 'counselling-client', id: client.row.id },
          },
        ]
      : []
    await audit.commit([db.counsellingRecords, db.counsellingClients], async () => ({
      entry: [...entries, ...closing].map((e) => ({ actor: access.actor, ...e })),
      write: async () => {
        await db.counsellingRecords.put({ ...row, body: sealed })
        await db.counsellingClients.update(client.row.id, { updatedAt: body.updatedAt, ...client.patch })
      },
    }))
  }

  async function signed(id: string, clientId: string, body: RecordBody): Promise<RecordBody> {
    const signedAt = body.updatedAt
    const withSigner = { ...body, signedAt, signerId: access.actor.id }
    return { ...withSigner, signature: await signatureHash(id, clientId, withSigner) }
  }

  /** Closing a file: status, closing date and the day its retention runs out. */
  async function closePatch(clientRow: CounsellingClientRow, closedOn: string) {
    const { codec } = owner()
    const client = await openClient(codec, clientRow)
    const until = retainUntil(closedOn, await readRetentionYears(db))
    const body = await codec.seal(CLIENTS, clientRow.id, {
      ...clientBody(client),
      status: 'closed',
      closedOn,
    })
    return { retainUntil: until, body }
  }

  async function afterSigning(clientRow: CounsellingClientRow, body: RecordBody) {
    if (body.kind !== 'closing') return undefined
    return closePatch(clientRow, body.data.date)
  }

  async function view(row: CounsellingRecordRow): Promise<CounsellingRecord> {
    return openRecord(owner().codec, row)
  }

  return {
    /**
     * Records something about a client. Notes are saved as drafts unless `sign` is set; consent
     * and exceptions are final at once. An exception is audited by its ground code only.
     */
    async addRecord(clientId, requested, input, options = {}) {
      const { codec } = owner()
      const clientRow = await ownClientRow(clientId)
      // Screens send a typed kind; what arrives at run time is checked all the same.
      const kind: CreatableKind = requested
      if (!isCreatableKind(kind)) refuse(MSG.choice, 'kind')
      const content: RecordContent =
        kind === 'consent' ? { kind, data: await consentData(input) } : parseRecordContent(kind, input)
      const client = await openClient(codec, clientRow)
      if (client.status === 'closed' && !AFTER_CLOSING.has(kind)) refuse(COUNSELLING_MSG.closed)
      if (NEEDS_CONSENT.has(kind) && !(await hasConsent(clientId))) refuse(COUNSELLING_MSG.consentFirst)
      const id = newId()
      const at = now().toISOString()
      let body: RecordBody = {
        ...content,
        updatedAt: at,
        signedAt: '',
        signature: '',
        signerId: '',
        addendumTo: '',
      }
      const sign = FINAL_KINDS.has(kind) || options.sign === true
      if (sign) body = await signed(id, clientId, body)
      const patch = sign ? await afterSigning(clientRow, body) : undefined
      const row = { id, clientId, ownerId: access.actor.id, createdAt: at }
      await write(
        row,
        body,
        { row: clientRow, patch },
        content.kind === 'exception'
          ? [
              {
                action: 'counselling.exception',
                target: noteTarget(id),
                details: { ground: content.data.ground },
              },
            ]
          : [
              { action: 'counselling.note-create', target: noteTarget(id) },
              ...(sign && isNoteKind(kind)
                ? [{ action: 'counselling.note-sign' as const, target: noteTarget(id) }]
                : []),
            ],
      )
      return view(await ownRecordRow(id))
    },

    /** Changes a draft note. A signed note is locked: it takes addenda, never edits. */
    async updateRecord(recordId, input) {
      const row = await ownRecordRow(recordId)
      const current = await view(row)
      // An addendum is signed when made, so it is refused here like any signed record.
      if (current.signedAt || current.kind === 'addendum') return refuse(COUNSELLING_MSG.signed)
      const content = parseRecordContent(current.kind, input)
      const clientRow = await ownClientRow(row.clientId)
      const body: RecordBody = {
        ...content,
        updatedAt: now().toISOString(),
        signedAt: '',
        signature: '',
        signerId: '',
        addendumTo: '',
      }
      await write(row, body, { row: clientRow }, [
        { action: 'counselling.note-update', target: noteTarget(recordId) },
      ])
      return view(await ownRecordRow(recordId))
    },

    /** Signs and locks a draft note; signing a closing summary closes the file. */
    async signRecord(recordId) {
      const row = await ownRecordRow(recordId)
      const current = await openBody(owner().codec, row)
      if (current.signedAt) refuse(COUNSELLING_MSG.signed)
      const clientRow = await ownClientRow(row.clientId)
      const body = await signed(recordId, row.clientId, {
        ...current,
        updatedAt: now().toISOString(),
        signedAt: '',
        signature: '',
        signerId: '',
        addendumTo: '',
      })
      const patch = await afterSigning(clientRow, body)
      await write(row, body, { row: clientRow, patch }, [
        { action: 'counselling.note-sign', target: noteTarget(recordId) },
      ])
      return view(await ownRecordRow(recordId))
    },

    /** A correction to a signed record: its own record, with reason and time, signed at once. */
    async addAddendum(recordId, input) {
      const target = await ownRecordRow(recordId)
      const current = await view(target)
      if (!current.signedAt) refuse(COUNSELLING_MSG.notSigned)
      const data = parseOrThrow(addendumSchema, input)
      const clientRow = await ownClientRow(target.clientId)
      const id = newId()
      const at = now().toISOString()
      const body = await signed(id, target.clientId, {
        kind: 'addendum',
        data,
        updatedAt: at,
        signedAt: '',
        signature: '',
        signerId: '',
        addendumTo: recordId,
      })
      const row = { id, clientId: target.clientId, ownerId: access.actor.id, createdAt: at }
      await write(row, body, { row: clientRow }, [
        { action: 'counselling.addendum', target: noteTarget(id), details: { to: recordId } },
      ])
      return view(await ownRecordRow(id))
    },

    /** One record (for the printable exception record). */
    async getRecord(recordId) {
      return view(await ownRecordRow(recordId))
    },
  }
}
