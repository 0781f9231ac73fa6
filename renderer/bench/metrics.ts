/** The figures a benchmark reports: a median and p95 over timed runs, rounded to 0.01 ms. */

export interface Metric {
  name: string
  /** The number of cases in the workspace measured. */
  n: number
  /** How many timed runs the median and p95 are of. */
  runs: number
  median_ms: number
  p95_ms: number
}

export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo)
}

export const round = (ms: number) => Math.round(ms * 100) / 100

export function metric(name: string, cases: number, times: number[]): Metric {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    name,
    n: cases,
    runs: times.length,
    median_ms: round(quantile(sorted, 0.5)),
    p95_ms: round(quantile(sorted, 0.95)),
  }
}
