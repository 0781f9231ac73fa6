/**
 * The login throttle and the failed attempts, kept by main in userData/login-attempts.json where
 * writing the renderer's database cannot reset them (an edit of `failures: 0` in IndexedDB was
 * enough before). Each failure is also kept as a pending entry for the audit chain, numbered by
 * main, until the renderer confirms it has chained it: a pending attempt deleted from IndexedDB is
 * thus still known here, and the audit check names it.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { z } from 'zod'
import {
  LOGIN_FAILURE_REASONS,
  loginDelaySeconds,
  type PendingFailures,
  type PendingLoginFailure,
  type ThrottleState,
} from '../../preload/schemas/security'
import { jsonFile, type JsonFile } from '../state/json-file'

export const LOGIN_ATTEMPTS_FILE = 'login-attempts.json'
/** Pending attempts kept at most; older unconfirmed ones are dropped (the count still tells). */
const MAX_PENDING = 10_000

const fileSchema = z.object({
  accounts: z.record(z.string(), z.object({ failures: z.number().int().min(0), lastFailureAt: z.string() })),
  pending: z.array(
    z.object({
      seq: z.number().int().min(1),
      reason: z.enum(LOGIN_FAILURE_REASONS),
      userId: z.string(),
      nameHash: z.string(),
      at: z.string(),
    }),
  ),
  lastSeq: z.number().int().min(0),
  ackedUpTo: z.number().int().min(0),
  /** The key of the typed-name hash: random, made once, kept only here. */
  nameKey: z.string().min(40),
})
type AttemptsFile = z.output<typeof fileSchema>

export interface LoginThrottle {
  check(userId: string, name: string, now?: Date): Promise<ThrottleState>
  failure(
    entry: { userId: string; name: string; reason: PendingLoginFailure['reason']; at: string },
    now?: Date,
  ): Promise<ThrottleState>
  success(userId: string): Promise<void>
  pending(): Promise<PendingFailures>
  ack(upTo: number): Promise<PendingFailures>
}

function stateOf(file: AttemptsFile, account: string, now: Date): ThrottleState {
  const entry = file.accounts[account]
  if (!entry) return { waitSeconds: 0, failures: 0 }
  const wait = loginDelaySeconds(entry.failures)
  const since = (now.getTime() - Date.parse(entry.lastFailureAt)) / 1000
  return { waitSeconds: wait > 0 && since < wait ? Math.ceil(wait - since) : 0, failures: entry.failures }
}

const view = (file: AttemptsFile): PendingFailures => ({
  entries: file.pending.filter((p) => p.seq > file.ackedUpTo),
  ackedUpTo: file.ackedUpTo,
  lastSeq: file.lastSeq,
})

/** A keyed hash of a typed name, normalised as user names are: 16 hex, never reversible without the key. */
export function nameHashOf(nameKey: string, name: string): string {
  return createHmac('sha256', Buffer.from(nameKey, 'base64'))
    .update(name.trim().toLowerCase().normalize('NFKC'))
    .digest('hex')
    .slice(0, 16)
}

/** Whom a counter belongs to: the account, or — for a name that is no account — the name's keyed hash. */
const accountOf = (nameKey: string, userId: string, name: string) =>
  userId || `name:${nameHashOf(nameKey, name)}`

export function createLoginThrottle(path: string, store?: JsonFile<AttemptsFile>): LoginThrottle {
  const file =
    store ??
    jsonFile(path, fileSchema, (): AttemptsFile => ({
      accounts: {},
      pending: [],
      lastSeq: 0,
      ackedUpTo: 0,
      nameKey: randomBytes(32).toString('base64'),
    }))
  return {
    async check(userId, name, now = new Date()) {
      const f = await file.read()
      return stateOf(f, accountOf(f.nameKey, userId, name), now)
    },
    failure({ userId, name, reason, at }, now = new Date()) {
      return file.update((f) => {
        const account = accountOf(f.nameKey, userId, name)
        // A refused attempt while throttled is recorded, but does not lengthen the wait.
        if (reason !== 'throttled') {
          const failures = (f.accounts[account]?.failures ?? 0) + 1
          f.accounts[account] = { failures, lastFailureAt: now.toISOString() }
        }
        f.lastSeq += 1
        f.pending.push({ seq: f.lastSeq, reason, userId, nameHash: nameHashOf(f.nameKey, name), at })
        if (f.pending.length > MAX_PENDING) f.pending = f.pending.slice(-MAX_PENDING)
        return { next: f, result: stateOf(f, account, now) }
      })
    },
    success(userId) {
      return file.update((f) => {
        delete f.accounts[userId]
        return { next: f, result: undefined }
      })
    },
    async pending() {
      return view(await file.read())
    },
    ack(upTo) {
      return file.update((f) => {
        // Only what main has handed out can be confirmed, and confirmation never goes back.
        f.ackedUpTo = Math.max(f.ackedUpTo, Math.min(upTo, f.lastSeq))
        f.pending = f.pending.filter((p) => p.seq > f.ackedUpTo)
        return { next: f, result: view(f) }
      })
    },
  }
}
