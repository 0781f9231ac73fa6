/**
 * Exports to the district, on the room's side: which cases changed since the last export, those
 * cases de-identified (with the organisation's pseudonym key, which never leaves this layer), the
 * screening rounds and 零上报 the statistics file carries, and the history of exports with their
 * receipts. The zip itself is assembled in documents/export. Exporting needs `settings:manage` and
 * `case:read`; each export is audited with its counts and whether it was identified.
 */
import type { BundleCase } from '../../../domain/export/bundle-schema'
import { screeningPseudonym, type KeyedHash } from '../../../domain/export/deidentify'
import { EXPORT_MSG, LEGAL_BASIS_MIN } from '../../../domain/export/export-request'
import { parseOrThrow, ValidationError } from '../../../domain/shared/errors'
import type { Organisation } from '../../../domain/auth/account'
import { readOrganisation } from '../settings-repository'
import { exportContext, type ExportDeps } from './context'
import { changedCaseIds, deidentifyRows } from './export-cases'
import {
  createExportHistory,
  type ExportBody,
  type ExportHistoryItem,
  type ExportReceiptInput,
} from './export-history'
import { currentCertificate, noIdentity, signManifest } from './manifest-signing'
import { createPseudonymHash } from './pseudonym-key'
import {
  readWorkspaceRole,
  WORKSPACE_ROLE_KEY,
  workspaceRoleSchema,
  type WorkspaceRole,
} from './workspace-role'

export type { ExportHistoryItem, ExportReceipt, ExportReceiptInput } from './export-history'
export type { WorkspaceRole } from './workspace-role'

export interface ExportPlan {
  since: string | null
  until: string
  caseIds: string[]
  organisation: Organisation
  auditHead: { seq: number; hash: string }
}

export interface DeidentifyInput {
  identified: boolean
  legalBasis: string
  includeFreeText: boolean
}

/** What the history keeps of a finished export (the repository adds who made it). */
export type ExportRecordInput = Omit<ExportBody, 'createdBy' | 'createdByName' | 'receipt'> & {
  id: string
  createdAt: string
  until: string
}

/** The room's side of exports to the district: what to send, de-identified, signed, and the history. */
export interface ExportRepository {
  /** Room or district: anyone unlocked may know which this workspace is. */
  role(): Promise<WorkspaceRole>
  setRole(role: WorkspaceRole): Promise<WorkspaceRole>
  history(): Promise<ExportHistoryItem[]>
  /** Fixes the export's boundaries and lists its cases: changed since the last export, or all. */
  plan(options: { incremental: boolean }): Promise<ExportPlan>
  /** One batch of cases as they leave the room; identified only with a legal basis. */
  deidentify(ids: readonly string[], input: DeidentifyInput): Promise<BundleCase[]>
  /** The organisation's certificate (PEM, public); an export cannot be signed without one. */
  certificate(): Promise<string>
  /** The certificate for handing to the district (administrators; audited). */
  exportCertificate(): Promise<string>
  /** Signs a finished manifest with the organisation's key (which stays in this layer). */
  signManifest(bytes: Uint8Array): Promise<Uint8Array>
  /** Every screening round (pseudonymous id, day, count) and every period filed as 零上报. */
  statisticsExtras(): Promise<{
    screenings: { id: string; date: string; found: number; prevented: number }[]
    zeroReports: string[]
  }>
  record(entry: ExportRecordInput): Promise<ExportHistoryItem>
  /** The district's acknowledgement of an uploaded bundle. */
  attachReceipt(id: string, receipt: ExportReceiptInput): Promise<ExportHistoryItem>
}

export function createExportRepository(deps: ExportDeps): ExportRepository {
  const ctx = exportContext(deps)
  const { db, codec, audit, access, now, need } = ctx
  const history = createExportHistory(ctx)
  let hash: Promise<KeyedHash> | null = null
  const keyedHash = () => (hash ??= createPseudonymHash(deps.indexKey))
  const exporter = () => need('settings:manage', 'case:read')

  return {
    /** Room or district: anyone unlocked may know which this workspace is. */
    role: (): Promise<WorkspaceRole> => readWorkspaceRole(db),

    async setRole(input) {
      need('settings:manage')
      const role = parseOrThrow(workspaceRoleSchema, input)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: WORKSPACE_ROLE_KEY },
          details: { role },
        },
        write: () => db.settings.put({ key: WORKSPACE_ROLE_KEY, value: role }),
      }))
      return role
    },

    async history() {
      need('settings:manage')
      return history.list()
    },

    /** Fixes the export's boundaries and lists its cases: changed since the last export, or all. */
    async plan(options) {
      exporter()
      const organisation = await readOrganisation(db)
      if (!organisation) throw new Error('export: no organisation')
      const since = options.incremental ? await history.lastUntil() : null
      const until = now().toISOString()
      return {
        since,
        until,
        caseIds: await changedCaseIds(db, since, until),
        organisation,
        auditHead: await audit.head(),
      }
    },

    /** One batch of cases as they leave the room; identified only with a legal basis. */
    async deidentify(ids, input) {
      exporter()
      if (input.identified && input.legalBasis.trim().length < LEGAL_BASIS_MIN) {
        throw new ValidationError([{ path: 'legalBasis', message: EXPORT_MSG.legalBasisRequired }])
      }
      return deidentifyRows(db, codec, await keyedHash(), ids, input)
    },

    /** The organisation's certificate (PEM, public); an export cannot be signed without one. */
    async certificate() {
      exporter()
      const pem = await currentCertificate(deps.identity)
      if (!pem) throw noIdentity()
      return pem
    },

    /** The certificate for handing to the district (administrators; recorded in the audit log). */
    async exportCertificate() {
      need('settings:manage')
      const pem = await currentCertificate(deps.identity)
      if (!pem) throw noIdentity()
      const fingerprint = (await deps.identity?.readIdentity())?.current.fingerprint ?? ''
      await audit.append(access.actor, 'export.certificate', { type: 'certificate', id: '' }, { fingerprint })
      return pem
    },

    /** Signs a finished manifest with the organisation's key (which stays in this layer). */
    async signManifest(bytes) {
      exporter()
      return signManifest(deps.identity, bytes)
    },

    /** Every screening round (pseudonymous id, day, count) and every period filed as 零上报. */
    async statisticsExtras() {
      exporter()
      const h = await keyedHash()
      const rows = await db.screenings.orderBy('date').toArray()
      const screenings = await Promise.all(
        rows.map(async (r) => ({
          id: await screeningPseudonym(h, r.id),
          date: r.date,
          found: r.found,
          prevented: r.prevented ?? 0,
        })),
      )
      const zeroReports = [...new Set((await db.periodReports.toArray()).map((r) => r.period))].sort()
      return { screenings, zeroReports }
    },

    async record(entry) {
      exporter()
      const { id, createdAt, until, ...rest } = entry
      const body: ExportBody = {
        ...rest,
        createdBy: access.actor.id,
        createdByName: access.actor.username,
        receipt: null,
      }
      const write = await history.prepareAdd(id, createdAt, until, body)
      await audit.commit([db.exports], async () => ({
        entry: {
          actor: access.actor,
          action: 'export.create',
          target: { type: 'export', id },
          details: {
            bundleId: entry.bundleId,
            period: entry.period.key,
            cases: entry.cases,
            identified: entry.identified,
            freeText: entry.includesFreeText,
            incremental: entry.since !== null,
          },
        },
        write,
      }))
      return { id, createdAt, until, ...body }
    },

    /** The district's acknowledgement of an uploaded bundle. */
    async attachReceipt(id, receipt) {
      need('settings:manage')
      const prepared = await history.prepareReceipt(id, receipt)
      if (!prepared) throw new ValidationError([{ path: 'id', message: EXPORT_MSG.notRoom }])
      const { next: item, write } = prepared
      await audit.commit([db.exports], async () => ({
        entry: {
          actor: access.actor,
          action: 'export.receipt',
          target: { type: 'export', id },
          details: { bundleId: item.bundleId },
        },
        write,
      }))
      return item
    },
  }
}
