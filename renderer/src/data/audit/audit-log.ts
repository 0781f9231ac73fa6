/**
 * The tamper-evident audit log: an append-only chain in which each entry carries an HMAC (audit
 * key) over its content and the previous entry's hash. Entries are never edited or deleted; a
 * deleted record appears as a tombstone entry. Attempts made before anyone has unlocked (failed
 * logins) wait in `auditPending` and join the chain at the next unlock, with their own time.
 */
import {
  GENESIS_HASH,
  auditHashInput,
  type AuditAction,
  type AuditEntry,
  type AuditVerification,
} from '../../domain/audit/actions'
import { toHex, utf8 } from '../crypto/bytes'
import type { AuditRow, MediationDb } from '../schema'

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

async function hmacHex(key: CryptoKey, text: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8(text))))
}

/** Records an attempt made while no key is in memory; it is chained at the next unlock. */
export async function recordPendingAudit(
  db: MediationDb,
  entry: { at: string; actorName: string; action: AuditAction; details: AuditEntry['details'] },
): Promise<void> {
  await db.auditPending.add({ ...entry })
}

const strip = ({ pos: _pos, ...entry }: AuditRow): AuditEntry => entry

export function createAuditLog(db: MediationDb, key: CryptoKey) {
  let tail: Promise<unknown> = Promise.resolve()

  async function appendNow(entry: Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>): Promise<AuditEntry> {
    for (let attempt = 0; ; attempt++) {
      const last = await db.audit.orderBy('pos').last()
      const seq = (last?.seq ?? 0) + 1
      const prevHash = last?.hash ?? GENESIS_HASH
      const unsigned = { ...entry, seq, prevHash }
      const full: AuditEntry = { ...unsigned, hash: await hmacHex(key, auditHashInput(unsigned)) }
      // The hash is computed outside the transaction (crypto would end it); the transaction then
      // checks nobody appended meanwhile (another window), and otherwise we go round again.
      const appended = await db.transaction('rw', db.audit, async () => {
        const now = await db.audit.orderBy('pos').last()
        if ((now?.seq ?? 0) !== seq - 1) return false
        await db.audit.add(full)
        return true
      })
      if (appended) return full
      if (attempt > 20) throw new Error('audit: could not append')
    }
  }

  /** Appends are serialised: each waits for the one before, so the chain never forks. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job)
    tail = run.catch(() => undefined)
    return run
  }

  return {
    append(
      actor: Actor,
      action: AuditAction,
      target: AuditTarget = { type: '', id: '' },
      details: AuditEntry['details'] = {},
      at: string = new Date().toISOString(),
    ): Promise<AuditEntry> {
      return enqueue(() =>
        appendNow({
          at,
          actorId: actor.id,
          actorName: actor.username,
          action,
          targetType: target.type,
          targetId: target.id,
          details,
        }),
      )
    },

    /** Moves attempts recorded while locked into the chain. */
    flushPending(): Promise<number> {
      return enqueue(async () => {
        const pending = await db.auditPending.orderBy('id').toArray()
        for (const p of pending) {
          await appendNow({
            at: p.at,
            actorId: '',
            actorName: p.actorName,
            action: p.action,
            targetType: '',
            targetId: '',
            details: p.details,
          })
          await db.auditPending.delete(p.id as number)
        }
        return pending.length
      })
    },

    async list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
      const inRange = (e: AuditRow) => (!q.from || e.at >= q.from) && (!q.to || e.at <= q.to)
      const base = q.action
        ? db.audit.where('[action+at]').between([q.action, q.from ?? ''], [q.action, q.to ?? '\uffff'])
        : db.audit.where('at').between(q.from ?? '', q.to ?? '\uffff', true, true)
      const total = await base.clone().filter(inRange).count()
      const rows = await base
        .reverse()
        .filter(inRange)
        .offset(q.page * q.pageSize)
        .limit(q.pageSize)
        .toArray()
      return { items: rows.map(strip), total }
    },

    async all(): Promise<AuditEntry[]> {
      return (await db.audit.orderBy('pos').toArray()).map(strip)
    },

    async head(): Promise<{ seq: number; hash: string }> {
      const last = await db.audit.orderBy('pos').last()
      return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }
    },

    /** Walks the whole chain and names the first entry (by its expected sequence number) that is broken. */
    async verify(): Promise<AuditVerification> {
      const rows = (await db.audit.orderBy('pos').toArray()).map(strip)
      let prevHash = GENESIS_HASH
      for (let i = 0; i < rows.length; i++) {
        const e = rows[i] as AuditEntry
        const expected = i + 1
        const { hash, ...unsigned } = e
        const authentic = (await hmacHex(key, auditHashInput(unsigned))) === hash
        if (!authentic) return { ok: false, count: rows.length, brokenAt: expected, reason: 'modified' }
        if (e.seq !== expected || e.prevHash !== prevHash) {
          const later = rows.slice(i + 1).some((r) => r.seq === expected)
          return {
            ok: false,
            count: rows.length,
            brokenAt: expected,
            reason: later ? 'reordered' : 'removed',
          }
        }
        prevHash = hash
      }
      return { ok: true, count: rows.length, head: prevHash }
    },
  }
}

export type AuditLog = ReturnType<typeof createAuditLog>
