/**
 * Importing a room's bundle at the district. The bundle is verified completely first (signature by a
 * registered room, checked against the registry before anything the sender wrote is parsed, then
 * every hash, every schema — see domain/export/verify-bundle.ts), by the session's `openBundle`: in
 * the app a Web Worker, so a hostile bundle can cost the screen nothing. A refusal changes nothing
 * but the audit log. A verified bundle is merged in ONE transaction: a case is
 * written only when it is new or newer (by the room's `updatedAt`) than what the district holds,
 * the statistics totals change with it (district-totals.ts), and the import is filed under the manifest's hash — so importing the same bundle again, or one
 * that overlaps earlier ones, changes no case.
 */
import { Dexie } from 'dexie'
import { z } from 'zod'
import { BundleError, isBundleError } from '../../../domain/export/bundle-errors'
import {
  bundleCaseSchema,
  bundleScreeningSchema,
  type BundleCase,
} from '../../../domain/export/bundle-schema'
import type { BundleSession } from '../../../domain/export/bundle-session'
import { parseCertificate, type SignerCertificate } from '../../../domain/export/certificate'
import type { VerifiedBundle } from '../../../domain/export/verify-bundle'
import type { DistrictCaseRow, ImportRow } from '../../schema'
import type { ExportContext } from '../export/context'
import { DISTRICT_CASES, openStat, statOfBundleCase } from './district-case'
import { addCase } from '../../../domain/statistics'
import { emptyDelta, type DistrictTotals } from './district-totals'
import type { Room, Rooms } from './rooms'

export const IMPORTS = 'imports'

export const importBodySchema = z.object({
  bundleId: z.string(),
  fileName: z.string(),
  roomName: z.string(),
  organisation: z.string(),
  period: z.object({ key: z.string(), from: z.string(), to: z.string() }),
  bundleCreatedAt: z.string(),
  since: z.string().nullable(),
  until: z.string(),
  identified: z.boolean(),
  legalBasis: z.string().nullable(),
  auditHead: z.object({ seq: z.number(), hash: z.string() }),
  appVersion: z.string(),
  cases: z.number(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  screenings: z.array(bundleScreeningSchema),
  zeroReports: z.array(z.string()),
  importedBy: z.string(),
})
export type ImportBody = z.output<typeof importBodySchema>

export interface ImportSummary extends ImportBody {
  id: string
  roomId: string
  manifestHash: string
  importedAt: string
}

/** Things worth a second look that do not make a bundle wrong. */
export type ImportWarning = 'gap' | 'audit-regressed'

export type ImportResult =
  | { status: 'imported'; summary: ImportSummary; warnings: ImportWarning[] }
  | { status: 'duplicate'; summary: ImportSummary }

export interface ImportProgress {
  phase: 'verify' | 'merge'
  done: number
  total: number
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void
  signal?: AbortSignal
}

export const districtCaseId = (roomId: string, caseId: string) => `${roomId}:${caseId}`

/**
 * The registry the signature is checked against: each room's certificate as registered (parsed then,
 * and again here from the district's own sealed copy — cached — never the one a bundle carries).
 */
function trustedOf(known: Map<string, Room>): Map<string, SignerCertificate> {
  const trusted = new Map<string, SignerCertificate>()
  for (const [fingerprint, room] of known) {
    try {
      const cert = parseCertificate(room.certificatePem)
      if (cert.fingerprint === fingerprint) trusted.set(fingerprint, cert)
    } catch {
      // A stored certificate that no longer parses trusts nobody.
    }
  }
  return trusted
}

export function createImports(ctx: ExportContext, rooms: Rooms, totals: DistrictTotals) {
  const { db, codec, audit, access, now, newId, openBundle } = ctx

  const openImport = async (row: ImportRow): Promise<ImportSummary> => ({
    id: row.id,
    roomId: row.roomId,
    manifestHash: row.manifestHash,
    importedAt: row.importedAt,
    ...importBodySchema.parse(await codec.open(IMPORTS, row.id, row.body)),
  })

  async function summaryOf(manifestHash: string): Promise<ImportSummary | null> {
    const row = await db.imports.where('manifestHash').equals(manifestHash).first()
    return row ? openImport(row) : null
  }

  function warningsFor(bundle: VerifiedBundle, earlier: ImportSummary[]): ImportWarning[] {
    const warnings: ImportWarning[] = []
    const { since, auditHead } = bundle.manifest
    if (since !== null && !earlier.some((i) => i.until >= since)) warnings.push('gap')
    const newest = earlier.reduce<ImportSummary | null>(
      (a, i) => (!a || i.bundleCreatedAt > a.bundleCreatedAt ? i : a),
      null,
    )
    if (
      newest &&
      newest.bundleCreatedAt < bundle.manifest.createdAt &&
      auditHead.seq < newest.auditHead.seq
    ) {
      warnings.push('audit-regressed')
    }
    return warnings
  }

  /** Audited with the reason's code only: a file name is the user's words and may name someone. */
  async function refuse(error: BundleError): Promise<never> {
    await audit.append(
      access.actor,
      'district.import-refused',
      { type: 'bundle', id: '' },
      { code: error.code },
    )
    throw error
  }

  /**
   * The merge, in ONE transaction: the case files are read again one at a time (they passed every
   * check; holding 100,000 parsed cases at once would not fit a modest PC), each case compared with
   * what the district holds and sealed only when new or newer; the room's statistics totals take
   * the new cases in, and a newer copy's replace the older copy's. Sealing is WebCrypto, not IndexedDB,
   * so it runs under Dexie.waitFor to keep the transaction open. The import's audit entry, which
   * says how many cases it added, is written at its end in the same transaction (commitInside):
   * both or neither. Null when the same bundle was imported meanwhile (another window): nothing is
   * written then.
   */
  async function merge(
    session: BundleSession,
    bundle: VerifiedBundle,
    room: Room,
    fileName: string,
    options: ImportOptions,
  ): Promise<ImportSummary | null> {
    const { manifest } = bundle
    const id = newId()
    const importedAt = now().toISOString()
    const counts = { added: 0, updated: 0, unchanged: 0 }
    const total = manifest.counts.cases
    // A district whose older cases cannot all be opened still imports: its totals stay unbuilt (the
    // statistics view then says why) and this import leaves them alone.
    const counting = await totals.ensureBuilt().then(
      () => true,
      () => false,
    )
    const body = await audit.commitInside([db.districtCases, db.imports, db.districtTotals], async () => {
      if (await db.imports.where('manifestHash').equals(bundle.manifestHash).count())
        return { value: null, entry: null }
      let done = 0
      const delta = emptyDelta()
      for (const path of bundle.caseFiles) {
        if (options.signal?.aborted) throw new BundleError('cancelled')
        const cases = await Dexie.waitFor(session.casesFile(path))
        const ids = cases.map((c) => districtCaseId(room.id, c.id))
        const held = await db.districtCases.bulkGet(ids)
        const fresh: { c: BundleCase; id: string }[] = []
        const replaced: DistrictCaseRow[] = []
        cases.forEach((c, i) => {
          const known = held[i]
          if (known && known.updatedAt >= c.updatedAt) counts.unchanged++
          else {
            if (known) {
              counts.updated++
              replaced.push(known)
            } else counts.added++
            fresh.push({ c, id: ids[i] as string })
            if (counting) addCase(delta.totals, statOfBundleCase(c))
          }
        })
        const older = counting
          ? await Dexie.waitFor(Promise.all(replaced.map((r) => openStat(codec, r))))
          : []
        // A newer copy replaces the older: the older copy's counts are taken away.
        for (const stat of older) addCase(delta.totals, stat, -1)
        const rows = await Dexie.waitFor(
          Promise.all(
            fresh.map(async ({ c, id: rowId }): Promise<DistrictCaseRow> => ({
              id: rowId,
              roomId: room.id,
              registeredAt: c.registeredOn,
              updatedAt: c.updatedAt,
              body: await codec.seal(DISTRICT_CASES, rowId, c),
            })),
          ),
        )
        await db.districtCases.bulkPut(rows)
        done += cases.length
        options.onProgress?.({ phase: 'merge', done, total })
      }
      delta.cases = counts.added
      if (counting) await totals.applyInside(room.id, delta)
      const stored: ImportBody = {
        bundleId: manifest.bundleId,
        fileName: fileName.slice(0, 200),
        roomName: room.name,
        organisation: manifest.organisation.name,
        period: manifest.period,
        bundleCreatedAt: manifest.createdAt,
        since: manifest.since,
        until: manifest.until,
        identified: manifest.identified,
        legalBasis: manifest.legalBasis ?? null,
        auditHead: manifest.auditHead,
        appVersion: manifest.appVersion,
        cases: total,
        ...counts,
        screenings: bundle.statistics.screenings,
        zeroReports: bundle.statistics.zeroReports,
        importedBy: access.actor.id,
      }
      const sealed = await Dexie.waitFor(codec.seal(IMPORTS, id, stored))
      await db.imports.add({
        id,
        roomId: room.id,
        manifestHash: bundle.manifestHash,
        importedAt,
        body: sealed,
      })
      return {
        value: stored,
        entry: {
          actor: access.actor,
          action: 'district.import' as const,
          target: { type: 'bundle', id },
          details: {
            room: room.id,
            bundleId: stored.bundleId,
            cases: stored.cases,
            added: stored.added,
            updated: stored.updated,
            identified: stored.identified,
          },
        },
      }
    })
    return body && { id, roomId: room.id, manifestHash: bundle.manifestHash, importedAt, ...body }
  }

  return {
    async list(roomId?: string): Promise<ImportSummary[]> {
      const rows = roomId
        ? await db.imports.where('roomId').equals(roomId).toArray()
        : await db.imports.toArray()
      const all = await Promise.all(rows.map(openImport))
      return all.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))
    },

    async importBundle(
      bytes: Uint8Array,
      fileName: string,
      options: ImportOptions = {},
    ): Promise<ImportResult> {
      const known = await rooms.byFingerprint()
      let session: BundleSession
      try {
        session = await openBundle(bytes, {
          trusted: trustedOf(known),
          onProgress: (done, total) => options.onProgress?.({ phase: 'verify', done, total }),
          signal: options.signal,
        })
      } catch (e) {
        if (isBundleError(e)) return refuse(e)
        throw e
      }
      try {
        const { bundle } = session
        const room = known.get(bundle.signer.fingerprint) as Room
        const already = await summaryOf(bundle.manifestHash)
        if (already) return { status: 'duplicate', summary: already }
        const earlier = await Promise.all(
          (await db.imports.where('roomId').equals(room.id).toArray()).map(openImport),
        )
        const warnings = warningsFor(bundle, earlier)
        const summary = await merge(session, bundle, room, fileName, options)
        if (!summary)
          return { status: 'duplicate', summary: (await summaryOf(bundle.manifestHash)) as ImportSummary }
        return { status: 'imported', summary, warnings }
      } finally {
        session.close()
      }
    },

    /** A room's de-identified cases, latest registered first (at most `limit`), and how many it has. */
    async cases(roomId: string, limit: number): Promise<{ total: number; items: BundleCase[] }> {
      const rows = await db.districtCases
        .where('[roomId+registeredAt]')
        .between([roomId, Dexie.minKey], [roomId, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray()
      const items = await Promise.all(
        rows.map(async (r) => bundleCaseSchema.parse(await codec.open(DISTRICT_CASES, r.id, r.body))),
      )
      return { total: await db.districtCases.where('roomId').equals(roomId).count(), items }
    },
  }
}

export type Imports = ReturnType<typeof createImports>
