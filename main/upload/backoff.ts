/**
 * When a failed upload is tried again: exponential backoff (30 s, 1 min, 2 min, … capped at 1 h)
 * with ±20 % jitter, so that rooms that lost the network together do not all come back at the
 * same second. A server's Retry-After is honoured when it asks for longer, within the same cap.
 */

export interface BackoffPolicy {
  baseMs: number
  capMs: number
  /** Fraction of the delay added or removed at random (0.2 → between 80 % and 120 %). */
  jitter: number
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000, jitter: 0.2 }

/** The wait after the `failures`-th failed attempt in a row (1 → about baseMs). */
export function backoffDelay(failures: number, random: () => number, policy = DEFAULT_BACKOFF): number {
  const exponential = policy.baseMs * 2 ** Math.max(0, failures - 1)
  const capped = Math.min(policy.capMs, exponential)
  const factor = 1 - policy.jitter + 2 * policy.jitter * random()
  return Math.round(Math.min(policy.capMs, capped * factor))
}

/**
 * A Retry-After header (delta seconds or an HTTP date) in milliseconds from `now`, or null when
 * absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null) return null
  const text = header.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // Only an IMF-fixdate ("Wed, 25 Nov 2026 08:05:00 GMT"): Date.parse takes far looser text.
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return null
  const date = Date.parse(text)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

/** The wait before the next attempt: the backoff, or the server's wish when longer; never over the cap. */
export function nextDelay(
  failures: number,
  retryAfter: number | null,
  random: () => number,
  policy = DEFAULT_BACKOFF,
): number {
  const backoff = backoffDelay(failures, random, policy)
  return Math.min(policy.capMs, Math.max(backoff, retryAfter ?? 0))
}
