/**
 * `npm run bench`: seeds BENCH_CASES (default 100,000) generated cases through the real data layer
 * in Chromium, against the built renderer's bench page (renderer/bench/), runs every query at
 * least 20 times, and writes bench/results.json. It prints a table and fails only on errors, never
 * on a slow figure.
 *
 *   BENCH_CASES=10000 npm run bench      a smaller workspace
 *   BENCH_RUNS=50                        more runs per metric (at least 20)
 *   BENCH_SKIP_SCANS=1                   skip the full-scan baselines
 *   BENCH_BACKUP_RUNS=3                  runs of backup / verify / restore / raw.export (0 skips)
 *   BENCH_COLD_RUNS=10                   cold starts per side (app login screen, bare Mantine shell)
 *
 * Metrics are `{ name, n, runs, median_ms, p95_ms }` with n = the number of cases; `targets` holds
 * issue 17's ratios measured in this run, each with whether it is met.
 */
import { test, type BrowserContext } from '@playwright/test'
import { mkdirSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Metric, RunOptions, RunResult, SeedResult } from '../../renderer/bench/bench'
import { onPersistentProfile } from './chromium-profile'
import { COLD_RUNS, coldStart, median } from './cold-start'
import { RESULTS, mergeResults, quantile, round } from './node-metrics'

// The page's own types: one definition for the page and the runner.
interface BenchWindow {
  __bench?: {
    seed(count: number, chunk?: number): Promise<SeedResult>
    run(options?: RunOptions): Promise<RunResult>
  }
}

const CASES = Number(process.env.BENCH_CASES ?? 100_000)
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS ?? 20))
const CHUNK = 2000
/** A profile on disk (gitignored): an in-memory (incognito) profile runs out of quota long before 100,000 cases. */
const PROFILES = fileURLToPath(new URL('../../bench/tmp/', import.meta.url))

const out = (line = '') => process.stdout.write(`${line}\n`)

const sizeName = (n: number) => (n % 1000 === 0 ? `${n / 1000}k` : String(n))

function table(metrics: Metric[]): string {
  const rows = [
    ['metric', 'n', 'runs', 'median ms', 'p95 ms'],
    ...metrics.map((m) => [m.name, String(m.n), String(m.runs), m.median_ms.toFixed(1), m.p95_ms.toFixed(1)]),
  ]
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? []
  return rows
    .map((r) =>
      r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
    )
    .join('\n')
}

test('benchmarks', async ({ baseURL }, testInfo) => {
  await onPersistentProfile(PROFILES, 'profile-', testInfo, baseURL, bench)
})

async function bench(context: BrowserContext, browserVersion: string) {
  const benchStarted = performance.now()
  out(`Cold start: ${COLD_RUNS} times each, the app's login screen and a bare Mantine shell…`)
  const cold = await coldStart(context)
  const page = context.pages()[0] ?? (await context.newPage())

  if (!Number.isInteger(CASES) || CASES < 100)
    throw new Error(`BENCH_CASES must be an integer ≥ 100, got ${process.env.BENCH_CASES}`)
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  await page.exposeFunction('__benchProgress', (message: string) => out(`  ${message}`))
  await page.goto('/bench/index.html')
  await page.waitForFunction(() => !!(window as unknown as BenchWindow).__bench)

  out(`Seeding ${CASES} cases in chunks of ${CHUNK} (Chromium ${browserVersion})…`)
  const seeded = await page.evaluate(
    ([n, chunk]) => (window as unknown as BenchWindow).__bench!.seed(n as number, chunk as number),
    [CASES, CHUNK],
  )
  out(`Running each metric ${RUNS} times…`)
  const result = await page.evaluate((options) => (window as unknown as BenchWindow).__bench!.run(options), {
    runs: RUNS,
    skipScans: process.env.BENCH_SKIP_SCANS === '1',
    backupRuns: Number(process.env.BENCH_BACKUP_RUNS ?? 3),
  })
  if (pageErrors.length) throw new Error(`errors on the bench page:\n${pageErrors.join('\n')}`)

  const chunks = [...seeded.chunkMs].sort((a, b) => a - b)
  const timed = (name: string, n: number, times: number[]): Metric => {
    const sorted = [...times].sort((a, b) => a - b)
    return {
      name,
      n,
      runs: times.length,
      median_ms: round(quantile(sorted, 0.5)),
      p95_ms: round(quantile(sorted, 0.95)),
    }
  }
  const metrics: Metric[] = [
    ...result.metrics,
    timed('coldstart.login', 0, cold.app),
    timed('coldstart.bare-shell', 0, cold.shell),
    timed(`seed.${sizeName(CASES)}`, CASES, [seeded.importMs]),
    timed(`raw.seed.${sizeName(CASES)}`, CASES, [seeded.rawMs]),
    { ...timed(`seed.chunk-${CHUNK}`, CASES, chunks) },
  ]
  const by = (name: string) => metrics.find((m) => m.name === name)?.median_ms ?? NaN
  const ratio = (a: number, b: number) => round(a / b)
  const benchMs = performance.now() - benchStarted
  // Issue 17's targets, as measured in this run (n = CASES; the 100k targets are judged at 100k).
  const targets = {
    'dashboard.counts / raw.dashboard.counts': {
      value: ratio(by('dashboard.counts'), by('raw.dashboard.counts')),
      target: '<= 2',
      met: by('dashboard.counts') <= 2 * by('raw.dashboard.counts'),
    },
    'dashboard.counts / 358.95 ms (before, at 100k)': {
      value: ratio(by('dashboard.counts'), 358.95),
      target: '<= 0.1 at 100k',
      met: CASES >= 100_000 ? by('dashboard.counts') <= 35.9 : null,
    },
    'seed / raw.seed': {
      value: ratio(seeded.importMs, seeded.rawMs),
      target: '<= 5 (goal 3)',
      met: seeded.importMs <= 5 * seeded.rawMs,
    },
    'coldstart.login / coldstart.bare-shell': {
      value: ratio(median(cold.app), median(cold.shell)),
      target: '<= 1.5',
      met: median(cold.app) <= 1.5 * median(cold.shell),
    },
    'first screen JS bytes': {
      value: cold.firstScreenBytes,
      target: '<= 1000000',
      met: cold.firstScreenBytes <= 1_000_000,
    },
    'statistics.year-table ms': {
      value: by('statistics.year-table'),
      target: '<= 300 at 100k',
      met: CASES >= 100_000 ? by('statistics.year-table') <= 300 : null,
    },
    'bench runtime s': {
      value: round(benchMs / 1000),
      target: '<= 900 at 100k',
      met: CASES >= 100_000 ? benchMs <= 900_000 : null,
    },
  }
  const report = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memory: totalmem(),
      node: process.version,
      chromium: browserVersion,
    },
    cases: CASES,
    runs: RUNS,
    benchMs: round(benchMs),
    coldStart: {
      runs: cold.app.length,
      firstScreenBytes: cold.firstScreenBytes,
      firstScreenFiles: cold.firstScreenFiles,
    },
    targets,
    seed: {
      totalMs: seeded.totalMs,
      generateMs: seeded.generateMs,
      importMs: seeded.importMs,
      rawSeedMs: seeded.rawMs,
      dueDatesMs: seeded.dueDatesMs,
      chunk: seeded.chunk,
      firstChunkMs: seeded.chunkMs[0],
      lastChunkMs: seeded.chunkMs.at(-1),
      storageBytes: seeded.storageBytes,
      tokensPerCase: seeded.tokensPerCase,
    },
    notes: result.notes,
    metrics,
  }
  // Merged, so the Node benchmarks' entries (documents, signing, export, district) stay.
  const { metrics: _metrics, ...fields } = report
  mkdirSync(dirname(RESULTS), { recursive: true })
  mergeResults(metrics, fields)

  out()
  out(table(metrics))
  out()
  for (const [k, v] of Object.entries(result.notes)) out(`  ${k}: ${v}`)
  out()
  for (const [k, v] of Object.entries(targets))
    out(
      `  target ${k}: ${v.value} (${v.target}) ${v.met === null ? 'not judged at this n' : v.met ? 'met' : 'NOT met'}`,
    )
  out(
    `  seeding: generate ${(seeded.generateMs / 1000).toFixed(1)} s, importDrafts ${(seeded.importMs / 1000).toFixed(1)} s, plain baseline ${(seeded.rawMs / 1000).toFixed(1)} s, storage ${seeded.storageBytes == null ? '?' : `${(seeded.storageBytes / 1e6).toFixed(0)} MB`}, blind-index tokens per case ${seeded.tokensPerCase.mean} (at most ${seeded.tokensPerCase.max})`,
  )
  out(`Wrote ${RESULTS}`)
}
