/**
 * The checks of a chain against what is kept outside the database: the anchors (sequence and head
 * hash at moments the keeper recorded) and the failed logins the keeper has confirmed as chained.
 * Pure: the chain has already been walked and found to hold together.
 */
import type { AuditEntry, AuditVerification } from '../../domain/audit/actions'
import type { AuditAnchor, PendingFailures } from '../keeper'

type Failure = Extract<AuditVerification, { ok: false }>

/** The first anchor the chain does not match, as a verification failure; null when all match. */
export function anchorCheck(
  chain: readonly AuditEntry[],
  anchors: readonly AuditAnchor[],
): Pick<Failure, 'brokenAt' | 'reason'> | null {
  for (const a of anchors) {
    if (a.seq > chain.length) return { brokenAt: chain.length + 1, reason: 'truncated' }
    if (chain[a.seq - 1]?.hash !== a.hash) return { brokenAt: a.seq, reason: 'rechained' }
  }
  return null
}

/** Main's numbers of failed logins confirmed as chained (up to `ackedUpTo`) that the chain lacks. */
export function pendingCheck(chain: readonly AuditEntry[], pending: PendingFailures): number[] {
  if (pending.ackedUpTo === 0) return []
  const present = new Set<number>()
  let first = Infinity
  for (const e of chain) {
    if (e.action !== 'auth.login-failed') continue
    const n = e.details.attempt
    if (typeof n === 'number') {
      present.add(n)
      first = Math.min(first, n)
    }
  }
  // Numbers before the first one chained here belong to an earlier workspace on this PC (or to the
  // time before this check existed); from there on, every confirmed attempt must be in the chain.
  const missing: number[] = []
  for (let n = Number.isFinite(first) ? first : pending.ackedUpTo + 1; n <= pending.ackedUpTo; n++) {
    if (!present.has(n)) missing.push(n)
  }
  return missing
}
