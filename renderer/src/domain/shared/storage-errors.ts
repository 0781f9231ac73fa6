/**
 * Whether an error is the browser refusing a write for lack of space. IndexedDB raises a
 * DOMException named `QuotaExceededError`; Dexie wraps it (same name, or an `AbortError` whose
 * `inner` is it) and a repository may wrap that again as `cause`. Names only — never the message.
 */
const QUOTA = 'QuotaExceededError'

export function isQuotaExceeded(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown }
    if (e.name === QUOTA) return true
    current = e.inner ?? e.cause
  }
  return false
}
