/**
 * What one read of a bundle may spend, checked between every chunk of inflation and every file:
 * a deadline for the whole read (`maxReadSeconds`), the caller's cancellation, and an account of
 * every byte inflated (which the progress bar shows and tests audit). A read that goes past its
 * deadline stops with `time-limit` at the next check; work that cannot be interrupted (one JSON
 * parse of an entry already bounded by its size) is covered where the read runs in a Worker, whose
 * owner terminates it at the same deadline.
 */
import { BundleError } from './bundle-errors'

export interface ReadBudgetOptions {
  maxReadSeconds: number
  signal?: AbortSignal
  /** Milliseconds, monotonic; performance.now() unless a test drives the clock. */
  clock?: () => number
  /** Every chunk of inflated output, by entry: size accounting for tests. */
  onInflate?: (path: string, bytes: number) => void
  /** Work done of the whole (bytes of the listed files, read twice: integrity, then content). */
  onProgress?: (done: number, total: number) => void
}

export class ReadBudget {
  private readonly clock: () => number
  private readonly deadline: number
  private done = 0
  private total = 0
  private reported = -1

  constructor(private readonly options: ReadBudgetOptions) {
    this.clock = options.clock ?? (() => performance.now())
    this.deadline = this.clock() + options.maxReadSeconds * 1000
  }

  /** Refuses once the read was cancelled or has run out of time. */
  check(): void {
    if (this.options.signal?.aborted) throw new BundleError('cancelled')
    if (this.clock() > this.deadline) {
      throw new BundleError('time-limit', { seconds: this.options.maxReadSeconds })
    }
  }

  /** `bytes` more of `path` were inflated. */
  inflated(path: string, bytes: number): void {
    this.options.onInflate?.(path, bytes)
  }

  /** The listed files are known: progress runs from 0 to `total`. */
  expect(total: number): void {
    this.total = Math.max(1, total)
    this.report(true)
  }

  /** `bytes` of the expected work are done. */
  advance(bytes: number): void {
    this.done += bytes
    this.report(false)
  }

  /** Reported at most every half per cent (and at the ends), so a listener is never flooded. */
  private report(force: boolean): void {
    if (!this.options.onProgress || this.total === 0) return
    const step = Math.floor((this.done / this.total) * 200)
    if (!force && step === this.reported && this.done < this.total) return
    this.reported = step
    this.options.onProgress(Math.min(this.done, this.total), this.total)
  }
}
