/**
 * `npm run bench:export`: exports BENCH_EXPORT_CASES (default 100,000) generated cases as a bundle,
 * then imports that bundle into a district workspace, recording time and peak memory (RSS sampled
 * every 20 ms) into bench/results.json (entries export.bundle, export.bundle.sequential — the same
 * export one case at a time, as before issue 17: target 6's baseline — import.bundle, district.statistics,
 * district.statistics.by-room and their baseline plain.district.statistics — the same aggregation
 * over the cases' plain statistics facts already in memory, issue 17's target 2; other entries are kept).
 *
 * Why the export side runs in memory and not on IndexedDB: seeding 100,000 cases through the data
 * layer takes about 20 minutes in Chromium (bench/results.json, seed.importMs) and far longer on
 * fake-indexeddb in Node, and would measure the seeding, not the export. So each case goes through
 * what the export does to it after reading its row — AES-GCM open of the sealed body (sealed just
 * before, outside the timer), validation as a stored case, the statistics records, de-identification
 * with the organisation's HMAC key — and then the real bundle assembly: JSON, SHA-256, deflate,
 * statistics and statutory XLSX, RSA signature. Cases stream through in files of 5,000, as in the
 * app (tests/bench/bench-bundle.ts, shared with `npm run bench:district`). The import side is the
 * real district repository (verify everything, seal, one transaction) on fake-indexeddb.
 *
 *   BENCH_EXPORT_CASES=10000 npm run bench:export     a smaller run
 *   BENCH_EXPORT_RUNS=3                               repeat (median and p95 over runs)
 *   BENCH_EXPORT_SEQUENTIAL=0                         skip the one-case-at-a-time baseline
 */
import 'fake-indexeddb/auto'
import { createBundleSigner } from '../../renderer/src/output/bundles/bundle-signer'
import { computeStatistics, periodRange } from '../../renderer/src/domain/statistics'
import { createSelfIssuedIdentity } from '../../renderer/src/output/signing'
import { BENCH_PERIOD as PERIOD, exportBundle } from './bench-bundle'
import { machine, mergeResults, quantile } from './node-metrics'
import { demoWorkspace } from '../../renderer/cli/demo-room'

const CASES = Number(process.env.BENCH_EXPORT_CASES ?? 100_000)
const RUNS = Math.max(1, Number(process.env.BENCH_EXPORT_RUNS ?? 1))
/** Also time the export one case at a time, as it ran before issue 17 (its baseline); 0 skips. */
const SEQUENTIAL = process.env.BENCH_EXPORT_SEQUENTIAL !== '0'
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

const summary = (
  name: string,
  runs: { ms: number; peakMb: number }[],
  extra: Record<string, unknown> = {},
) => {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b)
  return {
    name,
    // n is the number of cases (as in every entry); the runs are counted apart.
    n: CASES,
    runs: runs.length,
    median_ms: Math.round(quantile(ms, 0.5) * 10) / 10,
    p95_ms: Math.round(quantile(ms, 0.95) * 10) / 10,
    peak_mb: Math.round(Math.max(...runs.map((r) => r.peakMb))),
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
const sequential: { ms: number; peakMb: number }[] = []
const imports: { ms: number; peakMb: number }[] = []
const statsRuns: { ms: number; peakMb: number }[] = []
const byRoomRuns: { ms: number; peakMb: number }[] = []
const plainRuns: { ms: number; peakMb: number }[] = []
let exportNotes: Record<string, unknown> = {}
for (let run = 0; run < RUNS; run++) {
  const e = await measured(() => exportBundle(signer, CASES))
  const { built, timings } = e.value
  // The baseline: the same table computed over the plain facts in memory (5 times, each counted).
  for (let k = 0; k < 5; k++) {
    const range = periodRange(PERIOD)
    const p = await measured(async () =>
      computeStatistics({ inputs: e.value.stats, screenings: [], range, groupBy: 'disputeType' }),
    )
    plainRuns.push({ ms: p.ms, peakMb: p.peakMb })
  }
  e.value.stats = []
  // The baseline after the measured export: a process's RSS only grows, so its peak (reported)
  // is not comparable; its time is.
  if (SEQUENTIAL) {
    const b = await measured(() => exportBundle(signer, CASES, 1))
    const ms = b.ms - b.value.timings.generate - b.value.timings.seal
    sequential.push({ ms, peakMb: b.peakMb })
    out(`export one case at a time, run ${run + 1}: ${Math.round(ms)} ms, peak ${Math.round(b.peakMb)} MB`)
  }
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
  // The first view after the import, as the district's page asks: the table, then the rows by room.
  const s = await measured(() => district.repos.district.statistics(PERIOD, null, 'disputeType'))
  statsRuns.push({ ms: s.ms, peakMb: s.peakMb })
  const r = await measured(() => district.repos.district.statisticsByRoom(PERIOD))
  byRoomRuns.push({ ms: r.ms, peakMb: r.peakMb })
  out(
    `district statistics run ${run + 1}: ${s.ms.toFixed(1)} ms (received ${s.value.total.received}), by room ${r.ms.toFixed(1)} ms; plain in memory ${plainRuns.at(-1)?.ms.toFixed(1)} ms`,
  )
  district.db.close()
}

const entries = [
  summary('export.bundle', exports, exportNotes),
  ...(sequential.length ? [summary('export.bundle.sequential', sequential)] : []),
  summary('import.bundle', imports, { store_mb: Math.round(storeMb), baseline_mb: Math.round(baselineMb) }),
  summary('district.statistics', statsRuns),
  summary('district.statistics.by-room', byRoomRuns),
  summary('plain.district.statistics', plainRuns),
]
mergeResults(entries, { exportMachine: machine() })
out(JSON.stringify(entries, null, 2))
