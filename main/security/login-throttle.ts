/**
 * The login throttle and the failed attempts, kept by main in userData/login-attempts.json where
 * writing the renderer's database cannot reset them (an edit of `failures: 0` in IndexedDB was
 * enough before). Each failure is also kept as a pending entry for the audit chain, numbered by
 * main, until the renderer confirms it has chained it: a pending attempt deleted from IndexedDB is
 * thus still known here, and the audit check names it.
 */
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
})
type AttemptsFile = z.output<typeof fileSchema>

export interface LoginThrottle {
  check(account: string, now?: Date): Promise<ThrottleState>
  failure(entry: Omit<PendingLoginFailure, 'seq'> & { account: string }, now?: Date): Promise<ThrottleState>
  success(account: string): Promise<void>
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

export function createLoginThrottle(path: string, store?: JsonFile<AttemptsFile>): LoginThrottle {
  const file =
    store ??
    jsonFile(path, fileSchema, (): AttemptsFile => ({ accounts: {}, pending: [], lastSeq: 0, ackedUpTo: 0 }))
  return {
    async check(account, now = new Date()) {
      return stateOf(await file.read(), account, now)
    },
    failure({ account, ...entry }, now = new Date()) {
      return file.update((f) => {
        // A refused attempt while throttled is recorded, but does not lengthen the wait.
        if (entry.reason !== 'throttled') {
          const failures = (f.accounts[account]?.failures ?? 0) + 1
          f.accounts[account] = { failures, lastFailureAt: now.toISOString() }
        }
        f.lastSeq += 1
        f.pending.push({ ...entry, seq: f.lastSeq })
        if (f.pending.length > MAX_PENDING) f.pending = f.pending.slice(-MAX_PENDING)
        return { next: f, result: stateOf(f, account, now) }
      })
    },
    success(account) {
      return file.update((f) => {
        delete f.accounts[account]
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
