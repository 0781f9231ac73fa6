/**
 * `npm run bench:district`: the district import of a bundle where the app runs it — in Chromium,
 * on the browser's real IndexedDB (a profile on disk, as the app's) — timed, with its memory
 * measured from outside the page. tests/bench/district-bundle.ts writes the bundle first (the export
 * benchmark's, BENCH_DISTRICT_CASES cases, default 100,000); the bench page
 * (renderer/bench/district.ts) sets up a district workspace, registers the room and fetches the
 * bundle; then, while it runs `repositories.district.importBundle`, this side samples every 100 ms
 *   - the page's V8 heap over CDP (Performance.getMetrics: JSHeapUsedSize, JSHeapTotalSize), and
 *   - the resident memory (VmRSS, /proc) of every Chromium process by type, with each process's
 *     high-water mark (VmHWM) cleared just before the import and read after it: the exact peak.
 * It writes the entry import.bundle.chromium into bench/results.json, keeping every other entry.
 */
import { test, type BrowserContext, type CDPSession } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DistrictImportResult, DistrictPrepared } from '../../renderer/bench/district'
import { chromiumProcesses, memoryOf, resetPeaks, type ChromiumProcess } from './chromium-memory'
import { onPersistentProfile } from './chromium-profile'
import { mergeResults } from './node-metrics'

interface DistrictWindow {
  __benchDistrict?: {
    prepare(bundleUrl: string, certificatePem: string): Promise<DistrictPrepared>
    importBundle(): Promise<DistrictImportResult>
  }
}

const TMP = fileURLToPath(new URL('../../bench/tmp/', import.meta.url))
const MB = 2 ** 20
const out = (line = '') => process.stdout.write(`${line}\n`)

/** Samples memory every 100 ms until stopped; peaks in bytes. */
function sampler(cdp: CDPSession) {
  const peaks = {
    jsUsed: 0,
    jsTotal: 0,
    byType: new Map<string, number>(),
    perPid: new Map<number, number>(),
    sum: 0,
  }
  let processes: ChromiumProcess[] = chromiumProcesses()
  let samples = 0
  // About once a second: the largest renderer's RSS and the page's JS heap, to see growth over time.
  const trace: string[] = []
  const started = performance.now()
  let busy = false
  let ticks = 0
  const tick = async () => {
    if (busy) return
    busy = true
    try {
      // New processes (a utility starting up) count too.
      if (ticks++ % 10 === 0) processes = chromiumProcesses()
      let sum = 0
      const byType = new Map<string, number>()
      for (const p of processes) {
        const { rss } = memoryOf(p.pid)
        sum += rss
        byType.set(p.type, (byType.get(p.type) ?? 0) + rss)
        peaks.perPid.set(p.pid, Math.max(peaks.perPid.get(p.pid) ?? 0, rss))
      }
      peaks.sum = Math.max(peaks.sum, sum)
      for (const [type, rss] of byType) peaks.byType.set(type, Math.max(peaks.byType.get(type) ?? 0, rss))
      const { metrics } = await cdp.send('Performance.getMetrics')
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0
      peaks.jsUsed = Math.max(peaks.jsUsed, value('JSHeapUsedSize'))
      peaks.jsTotal = Math.max(peaks.jsTotal, value('JSHeapTotalSize'))
      if (samples++ % 10 === 0) {
        const rendererRss = Math.max(
          0,
          ...processes.filter((p) => p.type === 'renderer').map((p) => memoryOf(p.pid).rss),
        )
        const seconds = ((performance.now() - started) / 1000).toFixed(0)
        trace.push(
          `${seconds}s ${Math.round(rendererRss / 2 ** 20)}/${Math.round(value('JSHeapUsedSize') / 2 ** 20)}`,
        )
      }
    } finally {
      busy = false
    }
  }
  const timer = setInterval(() => void tick(), 100)
  return {
    processes: () => processes,
    async stop() {
      clearInterval(timer)
      while (busy) await new Promise((r) => setTimeout(r, 10))
      await tick()
      return { ...peaks, samples, trace }
    },
  }
}

test('district import in Chromium', async ({ baseURL }, testInfo) => {
  // On disk, as the app's: an in-memory (incognito) profile would hold the database in memory.
  await onPersistentProfile(TMP, 'profile-district-', testInfo, baseURL, bench)
})

async function bench(context: BrowserContext, browserVersion: string) {
  const bundle = JSON.parse(readFileSync(join(TMP, 'district/bundle.json'), 'utf8')) as {
    cases: number
    bytes: number
  }
  const pem = readFileSync(join(TMP, 'district/room.pem'), 'utf8')
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  await page.exposeFunction('__benchProgress', (message: string) => out(`  ${message}`))
  await page.goto('/bench/index.html')
  await page.waitForFunction(() => !!(window as unknown as DistrictWindow).__benchDistrict)
  const prepared = await page.evaluate(
    ([url, cert]) =>
      (window as unknown as DistrictWindow).__benchDistrict!.prepare(url as string, cert as string),
    ['/district/bundle.zip', pem],
  )
  if (prepared.bundleBytes !== bundle.bytes)
    throw new Error(`served ${prepared.bundleBytes} bytes, wrote ${bundle.bytes}`)

  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const jsBefore = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  const before = chromiumProcesses()
  const rssBefore = new Map(before.map((p) => [p.pid, memoryOf(p.pid).rss]))
  const hwmCleared = resetPeaks(before)
  out(
    `Importing ${bundle.cases} cases (${bundle.bytes} bytes) in Chromium ${browserVersion}; before: JS heap ${Math.round(jsBefore / MB)} MB, ` +
      before.map((p) => `${p.type} ${Math.round((rssBefore.get(p.pid) ?? 0) / MB)} MB`).join(', '),
  )
  const sampling = sampler(cdp)
  const result = await page.evaluate(() =>
    (window as unknown as DistrictWindow).__benchDistrict!.importBundle(),
  )
  const peaks = await sampling.stop()
  if (pageErrors.length) throw new Error(`errors on the bench page:\n${pageErrors.join('\n')}`)
  if (result.added !== bundle.cases) throw new Error(`imported ${result.added} of ${bundle.cases} cases`)

  // Each process's exact peak since the reset (VmHWM), or the sampled one where it could not be reset.
  const processes = [...new Map([...before, ...sampling.processes()].map((p) => [p.pid, p])).values()]
  const peakOf = (p: ChromiumProcess) =>
    Math.max(peaks.perPid.get(p.pid) ?? 0, hwmCleared ? memoryOf(p.pid).hwm : 0)
  const peakByType = new Map<string, number>()
  for (const p of processes) peakByType.set(p.type, Math.max(peakByType.get(p.type) ?? 0, peakOf(p)))
  const renderer = processes.filter((p) => p.type === 'renderer').sort((a, b) => peakOf(b) - peakOf(a))[0]
  const mb = (bytes: number) => Math.round(bytes / MB)
  const entry = {
    name: 'import.bundle.chromium',
    n: 1,
    median_ms: Math.round(result.totalMs * 10) / 10,
    p95_ms: Math.round(result.totalMs * 10) / 10,
    peak_mb: mb(renderer ? peakOf(renderer) : 0),
    cases: bundle.cases,
    bytes: bundle.bytes,
    verify_ms: Math.round(result.verifyMs),
    merge_ms: Math.round(result.totalMs - result.verifyMs),
    js_heap_peak_mb: mb(peaks.jsUsed),
    js_heap_total_peak_mb: mb(peaks.jsTotal),
    js_heap_before_mb: mb(jsBefore),
    renderer_before_mb: mb(renderer ? (rssBefore.get(renderer.pid) ?? 0) : 0),
    process_peaks_mb: Object.fromEntries([...peakByType].map(([type, bytes]) => [type, mb(bytes)])),
    all_processes_peak_mb: mb(peaks.sum),
    storage_bytes: result.storageBytes,
    chromium: browserVersion,
    peak_method:
      "peak_mb: VmRSS high-water mark (/proc/PID/status VmHWM, cleared via clear_refs just before the import; also sampled every 100 ms) of the renderer process serving the bench page; js_heap_*: CDP Performance.getMetrics JSHeapUsedSize/JSHeapTotalSize every 100 ms; process_peaks_mb: the same peak for the largest process of each type (IndexedDB's backend runs outside the renderer); all_processes_peak_mb: sampled sum of every Chromium process's VmRSS. Real IndexedDB on a profile on disk.",
    at: new Date().toISOString(),
  }
  mergeResults([entry])
  out(
    `import ${Math.round(result.totalMs)} ms (verify ${entry.verify_ms} ms, merge ${entry.merge_ms} ms); ${peaks.samples} samples`,
  )
  out(`  renderer RSS / JS heap used, MB: ${peaks.trace.join(', ')}`)
  for (const [type, bytes] of peakByType) out(`  peak ${type}: ${mb(bytes)} MB`)
  out(
    `  peak JS heap used ${entry.js_heap_peak_mb} MB (total ${entry.js_heap_total_peak_mb} MB), all processes ${entry.all_processes_peak_mb} MB`,
  )
  out(JSON.stringify(entry, null, 2))
}
