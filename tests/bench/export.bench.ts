/**
 * `npm run bench:export`: exports BENCH_EXPORT_CASES (default 100,000) generated cases as a bundle,
 * then imports that bundle into a district workspace, recording time and peak memory (RSS sampled
 * every 20 ms) into bench/results.json (entries export.bundle, import.bundle, district.statistics;
 * other entries are kept).
 *
 * Why the export side runs in memory and not on IndexedDB: seeding 100,000 cases through the data
 * layer takes about 20 minutes in Chromium (bench/results.json, seed.importMs) and far longer on
 * fake-indexeddb in Node, and would measure the seeding, not the export. So each case goes through
 * what the export does to it after reading its row — AES-GCM open of the sealed body (sealed just
 * before, outside the timer), validation as a stored case, the statistics records, de-identification
 * with the organisation's HMAC key — and then the real bundle assembly: JSON, SHA-256, deflate,
 * statistics and statutory XLSX, RSA signature. Cases stream through in files of 5,000, as in the
 * app. The import side is the real district repository (verify everything, seal, one transaction)
 * on fake-indexeddb.
 *
 *   BENCH_EXPORT_CASES=10000 npm run bench:export     a smaller run
 *   BENCH_EXPORT_RUNS=3                               repeat (median and p95 over runs)
 */
import 'fake-indexeddb/auto'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { createEncryptingCodec } from '../../renderer/src/data/crypto/record-codec'
import { generateAesKey } from '../../renderer/src/data/crypto/keyring'
import { assembleBundle } from '../../renderer/src/documents/export/assemble-bundle'
import { createBundleSigner } from '../../renderer/src/documents/export/bundle-signer'
import { createSelfIssuedIdentity } from '../../renderer/src/documents/signing'
import { statutoryDocument } from '../../renderer/src/documents/statistics/statutory-document'
import { statutoryXlsx } from '../../renderer/src/documents/statistics/xlsx'
import { caseSchema, type Case } from '../../renderer/src/domain/cases/case'
import { isOpen } from '../../renderer/src/domain/cases/catalogues'
import type { CaseDraft } from '../../renderer/src/domain/cases/draft'
import { RECORD_SCHEMAS } from '../../renderer/src/domain/cases/records'
import { generateDemoCases } from '../../renderer/src/domain/demo'
import { CASES_PER_FILE, type BundleCase } from '../../renderer/src/domain/export/bundle-schema'
import { deidentifyCase, type KeyedHash } from '../../renderer/src/domain/export/deidentify'
import { todayIso } from '../../renderer/src/domain/shared/dates'
import {
  computeStatistics,
  GROUP_BYS,
  periodRange,
  statutoryTable,
  type Period,
  type StatInput,
  type StatRecord,
} from '../../renderer/src/domain/statistics'
import { demoWorkspace } from '../tools/demo-room'

const CASES = Number(process.env.BENCH_EXPORT_CASES ?? 100_000)
const RUNS = Math.max(1, Number(process.env.BENCH_EXPORT_RUNS ?? 1))
const NOW = new Date('2026-11-20T08:00:00Z')
const PERIOD: Period = { kind: 'year', year: 2026 }
const RESULTS = fileURLToPath(new URL('../../bench/results.json', import.meta.url))
const out = (line = '') => process.stdout.write(`${line}\n`)

/** Peak resident memory while `job` runs, sampled every 20 ms. */
async function measured<T>(job: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  ;(globalThis as { gc?: () => void }).gc?.()
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const start = performance.now()
  try {
    const value = await job()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { value, ms: performance.now() - start, peakMb: peak / 2 ** 20 }
  } finally {
    clearInterval(timer)
  }
}

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

async function exportBundle(signer: Awaited<ReturnType<typeof createBundleSigner>>) {
  const codec = createEncryptingCodec(await generateAesKey(), 'bench')
  const keyedHash = await hmacHash()
  const stats: StatInput[] = []
  const timings = { generate: 0, seal: 0 }
  async function* files(): AsyncGenerator<BundleCase[]> {
    for (let start = 0; start < CASES; start += CASES_PER_FILE) {
      const file: BundleCase[] = []
      const end = Math.min(start + CASES_PER_FILE, CASES)
      // Batches of 500, as the app reads and de-identifies them.
      for (let from = start; from < end; from += 500) {
        let t = performance.now()
        const drafts = generateDemoCases({
          seed: 2026,
          count: Math.min(500, end - from),
          now: NOW,
          startIndex: from,
        })
        timings.generate += performance.now() - t
        for (let i = 0; i < drafts.length; i++) {
          const d = drafts[i] as CaseDraft
          const { index, body } = storedCase(d, from + i)
          t = performance.now()
          const sealed = await codec.seal('cases', index.id, body)
          timings.seal += performance.now() - t
          const opened = (await codec.open('cases', index.id, sealed)) as typeof body
          const { open: _open, ...fields } = index
          const c = caseSchema.parse({ ...fields, ...opened })
          const bundled = await deidentifyCase(c, statRecords(d), {
            keyedHash,
            identified: false,
            includeFreeText: false,
          })
          stats.push(bundled.stat)
          file.push(bundled)
        }
      }
      yield file
    }
  }
  const range = periodRange(PERIOD)
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
      statutoryDocument(statutoryTable({ inputs: stats, screenings: [], range }), {
        organisation: '大连市甘井子区泉水街道人民调解委员会',
        period: PERIOD,
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
        until: NOW.toISOString(),
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
  return { built, timings }
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

const summary = (
  name: string,
  runs: { ms: number; peakMb: number }[],
  extra: Record<string, unknown> = {},
) => {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)
  return {
    name,
    n: runs.length,
    median_ms: Math.round(quantile(ms, 0.5) * 10) / 10,
    p95_ms: Math.round(quantile(ms, 0.95) * 10) / 10,
    peak_mb: Math.round(Math.max(...runs.map((r) => r.peakMb))),
    cases: CASES,
    ...extra,
  }
}

/** RSS after a full garbage collection (when run with --expose-gc). */
function settledRss(): number {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().rss / 2 ** 20
}

let storeMb = 0
const baselineMb = settledRss()
const identity = await createSelfIssuedIdentity({ organisation: '大连市甘井子区泉水街道人民调解委员会' })
const signer = await createBundleSigner(identity)
const exports: { ms: number; peakMb: number }[] = []
const imports: { ms: number; peakMb: number }[] = []
const statsRuns: { ms: number; peakMb: number }[] = []
let exportNotes: Record<string, unknown> = {}
for (let run = 0; run < RUNS; run++) {
  const e = await measured(() => exportBundle(signer))
  const { built, timings } = e.value
  // Generating the demo cases and sealing them stand in for reading rows: not part of the export.
  const ms = e.ms - timings.generate - timings.seal
  exports.push({ ms, peakMb: e.peakMb })
  exportNotes = {
    bytes: built.bytes.length,
    generate_ms: Math.round(timings.generate),
    seal_ms: Math.round(timings.seal),
  }
  out(
    `export   run ${run + 1}: ${Math.round(ms)} ms (+ ${Math.round(timings.generate)} ms generating, ${Math.round(timings.seal)} ms sealing), ${built.bytes.length} bytes, peak ${Math.round(e.peakMb)} MB`,
  )

  const district = await demoWorkspace(`bench-district-${run}`)
  await district.repos.exports.setRole('district')
  await district.repos.district.registerRoom({
    name: '泉水街道调委会',
    certificatePem: identity.certificatePem,
  })
  const bytes = built.bytes
  e.value.built = undefined as never
  const before = settledRss()
  const i = await measured(() => district.repos.district.importBundle(bytes, 'bench.zip'))
  if (i.value.status !== 'imported' || i.value.summary.added !== CASES)
    throw new Error('bench: import did not add every case')
  // fake-indexeddb keeps the database in this process: what stays resident after the import is
  // the stored data (on disk in the app), not the import's working set.
  storeMb = settledRss() - before
  imports.push({ ms: i.ms, peakMb: i.peakMb })
  out(
    `import   run ${run + 1}: ${Math.round(i.ms)} ms, peak ${Math.round(i.peakMb)} MB (of which ${Math.round(storeMb)} MB the in-memory database holds afterwards)`,
  )
  const s = await measured(() => district.repos.district.statistics(PERIOD, null, 'disputeType'))
  statsRuns.push({ ms: s.ms, peakMb: s.peakMb })
  out(
    `district statistics run ${run + 1}: ${Math.round(s.ms)} ms (received ${s.value.total.received}), peak ${Math.round(s.peakMb)} MB`,
  )
  district.db.close()
}

const entries = [
  summary('export.bundle', exports, exportNotes),
  summary('import.bundle', imports, { store_mb: Math.round(storeMb), baseline_mb: Math.round(baselineMb) }),
  summary('district.statistics', statsRuns),
]
const results = JSON.parse(readFileSync(RESULTS, 'utf8')) as {
  metrics: { name: string }[]
  exportMachine?: unknown
}
results.metrics = [...results.metrics.filter((m) => !entries.some((e) => e.name === m.name)), ...entries]
results.exportMachine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '?',
  memory: totalmem(),
  node: process.version,
  at: new Date().toISOString(),
}
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
out(JSON.stringify(entries, null, 2))
