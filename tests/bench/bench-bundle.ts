/**
 * The export benchmark's bundle (tests/bench/export.bench.ts), shared with the district import
 * benchmark in Chromium (tests/bench/district.ts via district-bundle.ts). Each case goes through
 * what the export does to it after reading its row — AES-GCM open of the sealed body (sealed just
 * before), validation as a stored case, the statistics records, de-identification with the
 * organisation's HMAC key — and then the real bundle assembly: JSON, SHA-256, deflate, statistics
 * and statutory XLSX, RSA signature. Cases stream through in files of 5,000, as in the app.
 */
import { createEncryptingCodec } from '../../renderer/src/data/crypto/record-codec'
import { generateAesKey } from '../../renderer/src/data/crypto/keyring'
import { mapPooled } from '../../renderer/src/data/pooled'
import { DEIDENTIFY_AT_ONCE } from '../../renderer/src/data/repositories/export/export-cases'
import { assembleBundle } from '../../renderer/src/output/bundles/assemble-bundle'
import type { createBundleSigner } from '../../renderer/src/output/bundles/bundle-signer'
import { statutoryWorkbook } from '../../renderer/src/output/tables/statutory-document'
import { statutoryXlsx } from '../../renderer/src/output/tables/xlsx'
import { caseSchema, type Case } from '../../renderer/src/domain/cases/case'
import { isOpen } from '../../renderer/src/domain/cases/catalogues'
import type { CaseDraft } from '../../renderer/src/domain/cases/draft'
import { RECORD_SCHEMAS } from '../../renderer/src/domain/cases/records'
import { generateDemoCases } from '../../renderer/src/demo'
import { CASES_PER_FILE, type BundleCase } from '../../renderer/src/domain/export/bundle-schema'
import { deidentifyCase, type KeyedHash } from '../../renderer/src/domain/export/deidentify'
import { todayIso } from '../../renderer/src/domain/shared/dates'
import {
  computeStatistics,
  GROUP_BYS,
  periodRange,
  statutoryTables,
  type Period,
  type StatInput,
  type StatRecord,
} from '../../renderer/src/domain/statistics'

export const BENCH_NOW = new Date('2026-11-20T08:00:00Z')
export const BENCH_PERIOD: Period = { kind: 'year', year: 2026 }

type BundleSigner = Awaited<ReturnType<typeof createBundleSigner>>

async function hmacHash(): Promise<KeyedHash> {
  const key = await crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return async (m) => {
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(m)))
    let hex = ''
    for (const b of mac) hex += b.toString(16).padStart(2, '0')
    return hex.toUpperCase()
  }
}

/** A draft as the case repository would return it once stored (id, number, events). */
function storedCase(d: CaseDraft, index: number) {
  const registered = todayIso(new Date(d.createdAt))
  const events: Case['events'] = { registered }
  if (d.status !== 'registered' && d.status !== 'rejected') events.accepted = registered
  for (const r of d.records) {
    if (r.kind === 'agreement')
      events['agreement-effective'] = (r.data as { effectiveDate: string }).effectiveDate
  }
  return {
    index: {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      caseNo: `（2026）甘人调字第${index + 1}号`,
      year: new Date(d.createdAt).getFullYear(),
      seq: index + 1,
      kind: d.kind,
      sector: d.sector,
      status: d.status,
      outcome: d.outcome,
      source: d.source,
      disputeType: d.disputeType,
      riskLevel: d.riskLevel,
      mediatorId: `mediator-${index % 7}`,
      events,
      extensionDays: 0,
      judicialConfirmationApplied: false,
      dueDate: '',
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
      open: isOpen(d.status),
    },
    body: { facts: d.facts, requests: d.requests, parties: d.parties },
  }
}

/** The records statistics read, as export-cases.ts chooses them. */
function statRecords(d: CaseDraft): StatRecord[] {
  const of = (kind: string) => d.records.filter((r) => r.kind === kind)
  const wanted = [...of('prevention')]
  if (d.outcome === 'agreed') wanted.push(...of('agreement').slice(-1))
  if (d.outcome === 'terminated') wanted.push(...of('termination').slice(-1))
  const dated = wanted.some((r) => r.kind === 'agreement' || r.kind === 'termination')
  if (d.outcome === 'rejected' || (d.outcome && !dated)) wanted.push(...of('transition'))
  return wanted.map((r) => ({
    kind: r.kind,
    createdAt: r.createdAt,
    data: RECORD_SCHEMAS[r.kind].parse(r.data),
  }))
}

/**
 * The export of `cases` generated cases as a bundle signed by `signer`. `timings` says how long
 * generating and sealing the cases took: they stand in for reading rows, not part of the export.
 * `stats` are the cases' statistics facts, plain, in memory: the district statistics' baseline.
 * `width`: cases read and de-identified at a time — 1 is how the export ran before issue 17.
 */
export async function exportBundle(signer: BundleSigner, cases: number, width = DEIDENTIFY_AT_ONCE) {
  const codec = createEncryptingCodec(await generateAesKey(), 'bench')
  const keyedHash = await hmacHash()
  const stats: StatInput[] = []
  const timings = { generate: 0, seal: 0 }
  async function* files(): AsyncGenerator<BundleCase[]> {
    for (let start = 0; start < cases; start += CASES_PER_FILE) {
      const file: BundleCase[] = []
      const end = Math.min(start + CASES_PER_FILE, cases)
      // Batches of 500, as the app reads and de-identifies them.
      for (let from = start; from < end; from += 500) {
        let t = performance.now()
        const drafts = generateDemoCases({
          seed: 2026,
          count: Math.min(500, end - from),
          now: BENCH_NOW,
          startIndex: from,
        })
        timings.generate += performance.now() - t
        const stored = drafts.map((d, i) => storedCase(d, from + i))
        t = performance.now()
        const sealed = await mapPooled(stored, width, ({ index, body }) =>
          codec.seal('cases', index.id, body),
        )
        timings.seal += performance.now() - t
        // What the export does with each row, `width` cases at a time (the app: DEIDENTIFY_AT_ONCE).
        const bundled = await mapPooled(stored, width, async ({ index }, i) => {
          const opened = (await codec.open('cases', index.id, sealed[i]!)) as (typeof stored)[number]['body']
          const { open: _open, ...fields } = index
          const c = caseSchema.parse({ ...fields, ...opened })
          return deidentifyCase(c, statRecords(drafts[i] as CaseDraft), {
            keyedHash,
            identified: false,
            includeFreeText: false,
          })
        })
        for (const b of bundled) {
          stats.push(b.stat)
          file.push(b)
        }
      }
      yield file
    }
  }
  const range = periodRange(BENCH_PERIOD)
  // In the app the statistics come from the statistics repository; here they are computed from
  // the cases as they stream through, once the last one is written.
  const statistics = async () => ({
    period: { key: '2026', ...range },
    tables: [null, ...GROUP_BYS.filter((g) => g !== 'mediator')].map((groupBy) =>
      computeStatistics({ inputs: stats, screenings: [], range, groupBy }),
    ),
    screenings: [],
    zeroReports: [],
  })
  const tablesXlsx = async () =>
    statutoryXlsx(
      statutoryWorkbook(statutoryTables({ inputs: stats, screenings: [], range }), {
        organisation: '大连市甘井子区泉水街道人民调解委员会',
        period: BENCH_PERIOD,
        preparedOn: '2026-11-20',
      }),
    )
  const built = await assembleBundle(
    {
      manifest: {
        bundleId: crypto.randomUUID(),
        organisation: {
          name: '大连市甘井子区泉水街道人民调解委员会',
          kind: 'committee',
          region: '大连市甘井子区',
        },
        period: { key: '2026', ...range },
        createdAt: new Date().toISOString(),
        appVersion: 'bench',
        since: null,
        until: BENCH_NOW.toISOString(),
        identified: false,
        includesFreeText: false,
        auditHead: { seq: 1, hash: '0'.repeat(64) },
      },
      cases: files(),
      statistics,
      tablesXlsx,
    },
    signer,
  )
  return { built, timings, stats }
}
