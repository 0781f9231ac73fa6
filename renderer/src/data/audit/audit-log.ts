/**
 * The tamper-evident audit log: an append-only chain in which each entry carries an HMAC (audit
 * key) over its content and the previous entry's hash. Entries are never edited or deleted; a
 * deleted record appears as a tombstone entry.
 *
 * A data change and its entry are written in ONE transaction (`commit`): both or neither, so a
 * full disk never leaves a case without its entry, nor a retry a second case. The chain's head is
 * anchored outside the database (the keeper: main's append-only file), so cutting entries off the
 * end, or deleting one and hashing the rest again — every account holds the audit key — no longer
 * goes unseen. Failed logins happen with no key in memory: the keeper holds them, numbered, until
 * the next unlock chains them and confirms it.
 */
import {
  GENESIS_HASH,
  auditHashInput,
  type AuditAction,
  type AuditEntry,
  type AuditVerification,
} from '../../domain/audit/actions'
import { Dexie, type Table } from 'dexie'
import type { Keeper } from '../keeper'
import {
  chained,
  CommitConflict,
  hmacHex,
  specsOf,
  type Actor,
  type AuditQuery,
  type AuditTarget,
  type Entries,
  type EntrySpec,
} from './audit-entries'
import type { AuditRow, MediationDb } from '../schema'
import { anchorCheck, pendingCheck } from './audit-anchors'
import { isQuotaExceeded } from '../../domain/shared/storage-errors'
import { rowsCheck } from './rows-check'
import { takeRevisions } from './row-revisions'

export { CommitConflict }
export type { Actor, AuditQuery, AuditTarget, Entries, EntrySpec }

const strip = ({ pos: _pos, ...entry }: AuditRow): AuditEntry => entry
const MAX_ATTEMPTS = 20
/** Anchors are sent a moment after writing stops, or at once after this many entries. */
const ANCHOR_DELAY_MS = 1500
const ANCHOR_EVERY = 25

export function createAuditLog(db: MediationDb, key: CryptoKey, keeper?: Keeper) {
  let tail: Promise<unknown> = Promise.resolve()
  let unanchored = 0
  let anchorTimer: ReturnType<typeof setTimeout> | null = null

  /** Appends are serialised: each waits for the one before, so the chain never forks. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = tail.then(job, job)
    tail = run.catch(() => undefined)
    return run
  }

  async function head(): Promise<{ seq: number; hash: string }> {
    const last = await db.audit.orderBy('pos').last()
    return { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }
  }

  async function anchor(): Promise<void> {
    if (anchorTimer) clearTimeout(anchorTimer)
    anchorTimer = null
    unanchored = 0
    if (!keeper) return
    const h = await head()
    if (h.seq > 0) await keeper.checkpoint(h.seq, h.hash).catch(() => undefined)
  }

  /**
   * A checkpoint sent after writing stops may find the database closed (locked, switched to a
   * restored one): the next login anchors the head again, so nothing is lost by dropping it.
   */
  const ignoreClosed = () => undefined

  function scheduleAnchor(): void {
    if (!keeper) return
    unanchored++
    if (unanchored >= ANCHOR_EVERY) {
      void anchor().catch(ignoreClosed)
      return
    }
    if (anchorTimer) clearTimeout(anchorTimer)
    anchorTimer = setTimeout(() => void anchor().catch(ignoreClosed), ANCHOR_DELAY_MS)
  }

  /**
   * Writes an entry and, in the same transaction, whatever `prepare` returns to write. `prepare`
   * runs outside the transaction (it may seal, hash, read); `write` must do IndexedDB work only.
   */
  async function commitNow<T>(
    tables: readonly Table[],
    prepare: () => Promise<{ entry: Entries; write: () => Promise<T> }>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const { entry, write } = await prepare()
      const specs = specsOf(entry)
      if (specs.length === 0) {
        // A change that nothing needs to be told of (a cursor moved on, nothing to report).
        try {
          return await db.transaction('rw', [...tables], write)
        } catch (error) {
          if (!(error instanceof CommitConflict) || attempt >= MAX_ATTEMPTS) throw error
          continue
        }
      }
      try {
        const result = await db.transaction('rw', [db.audit, ...tables], async () => {
          const value = await write()
          await addEntries(specs)
          return value
        })
        scheduleAnchor()
        return result
      } catch (error) {
        if (!(error instanceof CommitConflict) || attempt >= MAX_ATTEMPTS) throw error
      }
    }
  }

  /**
   * Inside the change's transaction: the entries, with the sealed rows it wrote, hashed on from the
   * head read here (nobody can append in between). The HMAC runs under Dexie.waitFor to keep the
   * transaction open.
   */
  async function addEntries(specs: readonly EntrySpec[]): Promise<number> {
    const rows = takeRevisions(Dexie.currentTransaction)
    const full = await chained(specs, await head(), (text) => Dexie.waitFor(hmacHex(key, text)), rows)
    for (const entry of full) await db.audit.add(entry)
    return full.length
  }

  const none = async () => undefined

  /**
   * Entries with no data change (a case viewed, a login) that a full disk refused: reading must go
   * on when nothing can be written, so they wait here, in order and with their own time, and are
   * chained before the next entry once there is space again. Lost only if the app closes first —
   * with the disk full there is nowhere else to put them.
   */
  const held: EntrySpec[] = []
  async function writeHeld(): Promise<void> {
    while (held.length > 0) {
      const entry = held[0] as EntrySpec
      try {
        await commitNow([], async () => ({ entry, write: none }))
      } catch (error) {
        if (isQuotaExceeded(error)) return
        throw error
      }
      held.shift()
    }
  }

  return {
    /** An entry with no data change of its own: a view, a login, a lock. */
    append(
      actor: Actor,
      action: AuditAction,
      target: AuditTarget = { type: '', id: '' },
      details: AuditEntry['details'] = {},
      at: string = new Date().toISOString(),
    ): Promise<void> {
      const entry: EntrySpec = { actor, action, target, details, at }
      return enqueue(async () => {
        await writeHeld()
        if (held.length > 0) {
          held.push(entry)
          return
        }
        try {
          await commitNow([], async () => ({ entry, write: none }))
        } catch (error) {
          if (!isQuotaExceeded(error)) throw error
          held.push(entry)
        }
      })
    },

    /**
     * A data change and its entry (or entries), in one transaction over `tables` and the audit
     * table. `prepare` may answer `entry: null` when, as it turns out, there is nothing to record.
     */
    commit<T>(
      tables: readonly Table[],
      prepare: () => Promise<{ entry: Entries; write: () => Promise<T> }>,
    ): Promise<T> {
      return enqueue(async () => {
        await writeHeld()
        return commitNow(tables, prepare)
      })
    },

    /**
     * A long change whose entry says what it did (a district import: how many cases it added), so
     * the entry can only be made at its end: `run` writes and answers its value and entry, which is
     * then hashed and added in the SAME transaction. The HMAC runs under Dexie.waitFor to keep the
     * transaction open, and the head is read inside it: nobody can append in between.
     */
    commitInside<T>(tables: readonly Table[], run: () => Promise<{ value: T; entry: Entries }>): Promise<T> {
      return enqueue(async () => {
        await writeHeld()
        let wrote = false
        const value = await db.transaction('rw', [db.audit, ...tables], async () => {
          const done = await run()
          wrote = (await addEntries(specsOf(done.entry))) > 0
          return done.value
        })
        if (wrote) scheduleAnchor()
        return value
      })
    },

    /** Runs `job` while nothing else is written through the log (a consistent backup). */
    exclusive<T>(job: () => Promise<T>): Promise<T> {
      return enqueue(job)
    },

    /** Sends the head to the keeper now (on lock, logout, before a backup). */
    anchorNow(): Promise<void> {
      return enqueue(async () => {
        await writeHeld()
        await anchor()
      })
    },

    /** How many entries a full disk has held back (see `held`). */
    heldBack(): number {
      return held.length
    },

    /**
     * Moves failed logins into the chain: those the keeper holds (numbered by it; confirmed once
     * chained, so one deleted from here is still known there), and any left in the old `auditPending`
     * table of earlier versions. A crash between chaining and confirming chains nothing twice.
     */
    flushPending(): Promise<number> {
      return enqueue(async () => {
        let moved = 0
        for (const p of await db.auditPending.orderBy('id').toArray()) {
          await commitNow([db.auditPending], async () => ({
            entry: {
              actor: { id: '', username: p.actorName },
              action: p.action,
              details: p.details,
              at: p.at,
            },
            write: () => db.auditPending.delete(p.id as number),
          }))
          moved++
        }
        if (!keeper) return moved
        const pending = await keeper.pending()
        const chained = await chainedPendingSeqs(pending.entries.map((e) => e.seq))
        for (const p of pending.entries) {
          if (!chained.has(p.seq)) {
            await commitNow([], async () => ({
              entry: {
                actor: { id: p.userId, username: '' },
                action: 'auth.login-failed',
                details: { reason: p.reason, attempt: p.seq, name: p.nameHash },
                at: p.at,
              },
              write: none,
            }))
            moved++
          }
        }
        const upTo = pending.entries.at(-1)?.seq
        if (upTo !== undefined) await keeper.ackPending(upTo)
        await anchor()
        return moved
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

    head,

    /**
     * Walks the whole chain and names the first entry (by its expected sequence number) that is
     * broken; then compares it with the anchors and the failed logins the keeper confirmed.
     */
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
      if (!keeper) return { ok: true, count: rows.length, head: prevHash, anchored: 0 }
      const anchors = await keeper.anchors()
      const anchored = anchorCheck(rows, anchors)
      if (anchored) return { ok: false, count: rows.length, ...anchored }
      const missing = pendingCheck(rows, await keeper.pending())
      if (missing.length) {
        return { ok: false, count: rows.length, brokenAt: 0, reason: 'pending-missing', missing }
      }
      const rolledBack = await rowsCheck(db, rows)
      if (rolledBack) return { ok: false, count: rows.length, reason: 'rolled-back', ...rolledBack }
      return { ok: true, count: rows.length, head: prevHash, anchored: anchors.at(-1)?.seq ?? 0 }
    },
  }

  /** Which of these keeper numbers are already in the chain (a flush cut short before confirming). */
  async function chainedPendingSeqs(seqs: number[]): Promise<Set<number>> {
    if (seqs.length === 0) return new Set()
    const found = new Set<number>()
    const wanted = new Set(seqs)
    await db.audit
      .where('[action+at]')
      .between(['auth.login-failed', ''], ['auth.login-failed', '\uffff'])
      .each((e) => {
        const n = e.details.attempt
        if (typeof n === 'number' && wanted.has(n)) found.add(n)
      })
    return found
  }
}

export type AuditLog = ReturnType<typeof createAuditLog>
