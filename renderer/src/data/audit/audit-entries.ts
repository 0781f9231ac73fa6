/**
 * What an audit entry is made of, and how entries are numbered and hashed into the chain: the pure
 * part of the audit log (audit-log.ts writes them).
 */
import { auditHashInput, type AuditAction, type AuditEntry } from '../../domain/audit/actions'
import { toHex, utf8 } from '../crypto/bytes'

export interface Actor {
  id: string
  username: string
}

export interface AuditTarget {
  type: string
  id: string
}

export interface AuditQuery {
  action?: AuditAction
  from?: string
  to?: string
  page: number
  pageSize: number
}

/** What one entry says; its sequence, time and hashes are added when it is written. */
export interface EntrySpec {
  actor: Actor
  action: AuditAction
  target?: AuditTarget
  details?: AuditEntry['details']
  at?: string
}

/**
 * What a commit records: one entry, several that belong to one change (a note created, signed and
 * closing its file), or null when, as it turns out, there is nothing to record.
 */
export type Entries = EntrySpec | readonly EntrySpec[] | null

/**
 * Thrown by a commit's write when what it read inside the transaction no longer matches what was
 * prepared outside (a case number taken meanwhile): the commit prepares and tries again.
 */
export class CommitConflict extends Error {
  constructor() {
    super('audit: prepare again')
    this.name = 'CommitConflict'
  }
}

export async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(text))))
}

/**
 * The entries of `specs`, numbered and hashed on from `prev`; `hash` runs the HMAC (see commitInside).
 * `rows`, the sealed rows the change wrote, are hashed into the last entry.
 */
export async function chained(
  specs: readonly EntrySpec[],
  prev: { seq: number; hash: string },
  hash: (text: string) => Promise<string>,
  rows?: Record<string, string>,
): Promise<AuditEntry[]> {
  const full: AuditEntry[] = []
  for (const [i, spec] of specs.entries()) {
    const unsigned = {
      at: spec.at ?? new Date().toISOString(),
      actorId: spec.actor.id,
      actorName: spec.actor.username,
      action: spec.action,
      targetType: spec.target?.type ?? '',
      targetId: spec.target?.id ?? '',
      details: spec.details ?? {},
      // The rows the change wrote go with its last entry.
      ...(rows && i === specs.length - 1 ? { rows } : {}),
      seq: prev.seq + 1,
      prevHash: prev.hash,
    }
    const entry: AuditEntry = { ...unsigned, hash: await hash(auditHashInput(unsigned)) }
    full.push(entry)
    prev = entry
  }
  return full
}

export const specsOf = (entry: Entries): readonly EntrySpec[] =>
  entry === null ? [] : Array.isArray(entry) ? entry : [entry as EntrySpec]
