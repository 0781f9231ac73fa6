/**
 * A room's export, end to end but for saving: fix the boundaries and list the changed cases, compute
 * the period's statistics and statutory XLSX, de-identify the cases batch by batch, assemble the zip
 * and have the organisation's key sign the manifest. Progress is reported per batch and the
 * AbortSignal is honoured between batches. Nothing is recorded until `commitExport` — called once
 * the file is saved — so a cancelled save leaves the next incremental export unchanged.
 */
import type {
  ExportHistoryItem,
  ExportPlan,
  ExportRepository,
  SettingsRepository,
  StatisticsRepository,
} from '../../data'
import { BundleError } from '../../domain/export/bundle-errors'
import { CASES_PER_FILE, type BundleCase, type StatisticsFile } from '../../domain/export/bundle-schema'
import { sha256Hex } from '../../domain/export/hash'
import { exportRequestSchema, type ExportRequest } from '../../domain/export/export-request'
import { localStamp, todayIso } from '../../domain/shared/dates'
import { parseOrThrow } from '../../domain/shared/errors'
import { computeStatistics, periodKey, periodRange, type GroupBy } from '../../domain/statistics'
import { statutoryWorkbook } from '../tables/statutory-document'
import { statutoryXlsx } from '../tables/xlsx'
import { assembleBundle, type AssembledBundle } from './assemble-bundle'

/** Cases de-identified per call: small enough for a lively progress bar. */
const BATCH = 500
const GROUPS: (GroupBy | null)[] = [null, 'disputeType', 'kind', 'sector', 'source', 'outcome']

export type ExportServices = {
  exports: Pick<
    ExportRepository,
    'plan' | 'deidentify' | 'statisticsExtras' | 'certificate' | 'signManifest' | 'record'
  >
  statistics: Pick<StatisticsRepository, 'statInputs' | 'screeningFacts' | 'statutory' | 'roster'>
  settings: Pick<SettingsRepository, 'getStatisticsSettings'>
}

export interface ExportProgress {
  phase: 'prepare' | 'statistics' | 'cases' | 'sign' | 'done'
  done: number
  total: number
}

export interface ExportRunOptions {
  appVersion: string
  onProgress?: (p: ExportProgress) => void
  signal?: AbortSignal
  now?: () => Date
  newId?: () => string
}

export interface BuiltExport extends AssembledBundle {
  fileName: string
  /** Lower-case hex SHA-256 of the zip. */
  sha256: string
  request: ExportRequest
  plan: Omit<ExportPlan, 'caseIds'> & { cases: number }
  id: string
}

export async function buildExport(
  input: unknown,
  services: ExportServices,
  options: ExportRunOptions,
): Promise<BuiltExport> {
  const request = parseOrThrow(exportRequestSchema, input)
  const { exports, statistics, settings } = services
  const now = options.now ?? (() => new Date())
  const progress = (phase: ExportProgress['phase'], done: number, total: number) =>
    options.onProgress?.({ phase, done, total })
  const check = () => {
    if (options.signal?.aborted) throw new BundleError('cancelled')
  }

  progress('prepare', 0, 1)
  const certificatePem = await exports.certificate()
  const plan = await exports.plan({ incremental: request.incremental })
  const range = periodRange(request.period)
  const key = periodKey(request.period)
  check()

  progress('statistics', 0, 1)
  const [inputs, facts, extras, tables, roster, { rateBase }] = await Promise.all([
    statistics.statInputs(range),
    statistics.screeningFacts(range),
    exports.statisticsExtras(),
    statistics.statutory(request.period),
    statistics.roster(),
    settings.getStatisticsSettings(),
  ])
  const statisticsFile: StatisticsFile = {
    period: { key, ...range },
    tables: GROUPS.map((groupBy) =>
      computeStatistics({ inputs, screenings: facts, range, groupBy, rateBase }),
    ),
    screenings: extras.screenings,
    zeroReports: extras.zeroReports,
    ...(roster ? { roster } : {}),
  }
  const tablesXlsx = await statutoryXlsx(
    statutoryWorkbook(
      tables,
      {
        organisation: plan.organisation.name,
        period: request.period,
        preparedOn: todayIso(now()),
        zeroReport: extras.zeroReports.includes(key),
      },
      roster,
    ),
  )
  check()

  const ids = plan.caseIds
  const deidentify = {
    identified: request.identified,
    legalBasis: request.legalBasis,
    includeFreeText: request.includeFreeText,
  }
  async function* caseFiles(): AsyncGenerator<BundleCase[]> {
    progress('cases', 0, ids.length)
    for (let start = 0; start < ids.length; start += CASES_PER_FILE) {
      const file: BundleCase[] = []
      const end = Math.min(start + CASES_PER_FILE, ids.length)
      for (let i = start; i < end; i += BATCH) {
        check()
        file.push(...(await exports.deidentify(ids.slice(i, Math.min(i + BATCH, end)), deidentify)))
        progress('cases', Math.min(i + BATCH, end), ids.length)
      }
      yield file
    }
  }

  const createdAt = now().toISOString()
  const bundleId = options.newId?.() ?? crypto.randomUUID()
  const assembled = await assembleBundle(
    {
      manifest: {
        bundleId,
        organisation: {
          name: plan.organisation.name,
          kind: plan.organisation.kind,
          region: plan.organisation.region,
        },
        period: { key, ...range },
        createdAt,
        appVersion: options.appVersion,
        since: plan.since,
        until: plan.until,
        identified: request.identified,
        ...(request.identified ? { legalBasis: request.legalBasis } : {}),
        includesFreeText: request.includeFreeText,
        auditHead: plan.auditHead,
      },
      cases: caseFiles(),
      statistics: statisticsFile,
      tablesXlsx,
    },
    { certificatePem, sign: (bytes) => exports.signManifest(bytes) },
    { signal: options.signal },
  )
  progress('sign', 1, 1)
  const { caseIds: _ids, ...rest } = plan
  const safeKey = key.replace(/\.\./g, '_')
  const built: BuiltExport = {
    ...assembled,
    id: bundleId,
    fileName: `bundle-${safeKey}-${localStamp(new Date(createdAt))}${request.identified ? '-identified' : ''}.zip`,
    sha256: await sha256Hex(assembled.bytes),
    request,
    plan: { ...rest, cases: ids.length },
  }
  progress('done', 1, 1)
  return built
}

/** Files the export in the history (and the audit log), once its file is saved. */
export function commitExport(
  built: BuiltExport,
  exports: Pick<ExportRepository, 'record'>,
): Promise<ExportHistoryItem> {
  const { manifest } = built
  return exports.record({
    id: built.id,
    createdAt: manifest.createdAt,
    until: manifest.until,
    bundleId: manifest.bundleId,
    fileName: built.fileName,
    manifestHash: built.manifestHash,
    sha256: built.sha256,
    period: manifest.period,
    since: manifest.since,
    identified: manifest.identified,
    legalBasis: manifest.legalBasis ?? null,
    includesFreeText: manifest.includesFreeText,
    cases: manifest.counts.cases,
    parties: manifest.counts.parties,
    size: built.bytes.length,
  })
}
