/**
 * The counsellor's own files: clients and their records, sealed with the counsellor's own key.
 * Every operation requires `counselling:own` and a row owned by the session's user; everyone else
 * — administrators included — is refused before anything is read. Audit entries carry ids and
 * action names only. See README "Counselling confidentiality".
 */
import { Dexie } from 'dexie'
import {
  clientInputSchema,
  watchSchema,
  type ClientInput,
  type CounsellingClient,
  type WatchInput,
} from '../../../domain/counselling/client'
import type { CounsellingRecord } from '../../../domain/counselling/records'
import { isExpired } from '../../../domain/counselling/retention'
import { todayIso } from '../../../domain/shared/dates'
import { parseOrThrow } from '../../../domain/shared/errors'
import type { CounsellingClientRow } from '../../schema'
import { createCounsellingContext, type CounsellingDeps, type CounsellingContext } from './context'
import { createCounsellingNotes, type CounsellingNotes } from './counselling-notes'
import { CLIENTS, clientBody, NO_WATCH, openClient, openRecord, type ClientBody } from './counselling-rows'
import { purgeClients } from './purge'
import type { ByteSink } from '../../backup/ports'
import { confirmIdentity } from '../../auth/confirm-identity'
import { writeCounsellingExport } from '../../readable/counselling-export'
import type { ReadableExportResult } from '../../readable/workspace-export'

export interface ClientFile {
  client: CounsellingClient
  /** Oldest first. */
  records: CounsellingRecord[]
}

/** The counsellor's own files (counselling:own and their own key; every row their own). */
export interface CounsellingRepository extends CounsellingNotes {
  /** The counsellor's clients, most recently active first. */
  listClients(): Promise<CounsellingClient[]>
  /**
   * The counsellor's own files in readable form (a zip of JSON, data/readable/), after their own
   * password again; audited with the count. Nobody else's files, and nobody else can.
   */
  exportOwn(sink: ByteSink, options: { password: string; appVersion: string }): Promise<ReadableExportResult>
  /** One client's file with every record; opening it is a view, and is audited (by id). */
  getClient(id: string): Promise<ClientFile>
  createClient(input: ClientInput): Promise<CounsellingClient>
  updateClient(id: string, input: ClientInput): Promise<CounsellingClient>
  /** The watch-list flag and its follow-up dates. */
  setWatch(id: string, input: WatchInput): Promise<CounsellingClient>
  /** Deletes the counsellor's own files whose retention has run out; how many clients went. */
  purgeExpired(): Promise<number>
}

/** Stores a new client for the session's counsellor (also used when a referral is accepted). */
export async function insertClient(ctx: CounsellingContext, body: ClientBody): Promise<CounsellingClient> {
  const { codec, ownerId } = ctx.owner()
  const id = ctx.newId()
  const at = ctx.now().toISOString()
  const row: CounsellingClientRow = {
    id,
    ownerId,
    createdAt: at,
    updatedAt: at,
    retainUntil: '',
    body: await codec.seal(CLIENTS, id, body),
  }
  await ctx.audit.commit([ctx.db.counsellingClients], async () => ({
    entry: {
      actor: ctx.access.actor,
      action: 'counselling.client-create',
      target: { type: 'counselling-client', id },
    },
    write: () => ctx.db.counsellingClients.add(row),
  }))
  return openClient(codec, row)
}

export function createCounsellingRepository(deps: CounsellingDeps): CounsellingRepository {
  const ctx = createCounsellingContext(deps)
  const { db, audit, access, now, owner, ownClientRow } = ctx
  const target = (id: string) => ({ type: 'counselling-client', id })

  async function rewrite(row: CounsellingClientRow, change: Partial<ClientBody>): Promise<CounsellingClient> {
    const { codec } = owner()
    const current = await openClient(codec, row)
    const updatedAt = now().toISOString()
    const body = await codec.seal(CLIENTS, row.id, { ...clientBody(current), ...change })
    await audit.commit([db.counsellingClients], async () => ({
      entry: { actor: access.actor, action: 'counselling.client-update', target: target(row.id) },
      write: () => db.counsellingClients.update(row.id, { body, updatedAt }),
    }))
    return openClient(codec, { ...row, body, updatedAt })
  }

  return {
    ...createCounsellingNotes(ctx),

    async exportOwn(sink, options) {
      const { codec, ownerId } = owner()
      try {
        await confirmIdentity(db, ownerId, { password: options.password })
      } catch (error) {
        await sink.abort().catch(() => undefined)
        throw error
      }
      const written = await writeCounsellingExport({
        db,
        codec,
        ownerId,
        sink,
        now: now(),
        appVersion: options.appVersion,
      })
      await audit.append(
        access.actor,
        'counselling.export',
        { type: 'counselling-client', id: '' },
        { clients: written.cases, size: written.size },
      )
      return written
    },

    /** The counsellor's clients, most recently active first. */
    async listClients() {
      const { codec, ownerId } = owner()
      const rows = await db.counsellingClients
        .where('[ownerId+updatedAt]')
        .between([ownerId, Dexie.minKey], [ownerId, Dexie.maxKey])
        .reverse()
        .toArray()
      return Promise.all(rows.map((r) => openClient(codec, r)))
    },

    /** One client's file with every record; opening it is a view, and is audited (by id). */
    async getClient(id) {
      const { codec } = owner()
      const row = await ownClientRow(id)
      const rows = await db.counsellingRecords
        .where('[clientId+createdAt]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .toArray()
      const client = await openClient(codec, row)
      const records = await Promise.all(
        rows.filter((r) => r.ownerId === access.actor.id).map((r) => openRecord(codec, r)),
      )
      await audit.append(access.actor, 'counselling.client-view', target(id))
      return { client, records }
    },

    async createClient(input) {
      owner()
      const parsed = parseOrThrow(clientInputSchema, input)
      return insertClient(ctx, { ...parsed, origin: null, status: 'open', closedOn: '', watch: NO_WATCH })
    },

    async updateClient(id, input) {
      const row = await ownClientRow(id)
      const parsed = parseOrThrow(clientInputSchema, input)
      return rewrite(row, parsed)
    },

    /** The watch-list flag and its follow-up dates. */
    async setWatch(id, input) {
      const row = await ownClientRow(id)
      const watch = parseOrThrow(watchSchema, input)
      watch.followUps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      return rewrite(row, { watch })
    },

    /**
     * Deletes the counsellor's own files whose retention has run out (run after login). Returns how
     * many clients went; an audit entry with the counts is left when any did.
     */
    async purgeExpired() {
      const { ownerId } = owner()
      const today = todayIso(now())
      const expired = (await db.counsellingClients.where('ownerId').equals(ownerId).toArray()).filter((r) =>
        isExpired(r.retainUntil, today),
      )
      if (!expired.length) return 0
      const counts = await purgeClients(
        db,
        audit,
        access.actor,
        expired.map((r) => r.id),
      )
      return counts.clients
    },
  }
}
