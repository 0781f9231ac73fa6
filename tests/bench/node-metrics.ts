/**
 * What the Node benchmarks (documents, signing, export) share: timing a job, turning times into a
 * `{ name, n, median_ms, p95_ms }` metric, and merging metrics into bench/results.json without
 * dropping what other benchmarks wrote there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'

export const RESULTS = fileURLToPath(new URL('../../bench/results.json', import.meta.url))

export interface Metric {
  name: string
  n: number
  median_ms: number
  p95_ms: number
}

/** Linear interpolation between the two nearest ranks of an ascending list. */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

export const round = (ms: number) => Math.round(ms * 100) / 100

export function metric(name: string, times: readonly number[]): Metric {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    name,
    n: times.length,
    median_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
  }
}

/** Times `runs` calls of `job`, each after its untimed `before`. */
export async function time(
  runs: number,
  job: (i: number) => Promise<unknown>,
  before?: (i: number) => Promise<void>,
): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    await before?.(i)
    const start = performance.now()
    await job(i)
    times.push(performance.now() - start)
  }
  return times
}

export function machine() {
  return {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    at: new Date().toISOString(),
  }
}

/** Replaces these metrics (by name) in bench/results.json, keeping every other entry and field. */
export function mergeResults(
  metrics: readonly Metric[],
  fields: { notes?: Record<string, unknown> } & Record<string, unknown> = {},
): void {
  const results = (existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}) as Record<
    string,
    unknown
  > & { metrics?: Metric[]; notes?: Record<string, unknown> }
  const names = new Set(metrics.map((m) => m.name))
  const { notes, ...rest } = fields
  results.metrics = [...(results.metrics ?? []).filter((m) => !names.has(m.name)), ...metrics]
  results.notes = { ...results.notes, ...notes }
  writeFileSync(RESULTS, `${JSON.stringify({ ...results, ...rest }, null, 2)}\n`)
}
