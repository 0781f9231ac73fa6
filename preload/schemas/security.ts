/**
 * IPC schemas for what the main process keeps outside the renderer's database, where editing
 * IndexedDB cannot reach it: the login throttle and the failed attempts waiting for the audit
 * chain, the audit chain's anchors, the administrators' public key and the latest role grant of
 * every account, and the small record of the workspace that tells "empty" from "lost".
 */
import { z } from 'zod'

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`))
const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)

/** A user id, or '' when the typed name is no account's. */
const userIdField = z.string().max(64)
/**
 * The name as typed, only so the keeper can count attempts against an unknown name by a keyed hash
 * of it (a password typed into the name field must never be stored). Never stored or echoed.
 */
const typedName = z.string().max(256)

/**
 * Seconds to wait after `failures` consecutive wrong passwords: free for 2, then doubling from
 * 2 s, at most 5 min. One rule for main and for the browser build's stand-in.
 */
export function loginDelaySeconds(failures: number): number {
  if (failures < 3) return 0
  return Math.min(2 ** (failures - 3) * 2, 300)
}

export const LOGIN_FAILURE_REASONS = [
  'unknown-user',
  'wrong-password',
  'throttled',
  'disabled',
  'tampered',
] as const
export type LoginFailureReason = (typeof LOGIN_FAILURE_REASONS)[number]

export const throttleCheckRequest = z.object({ userId: userIdField, name: typedName }).strict()
export const loginFailureRequest = z
  .object({
    userId: userIdField,
    name: typedName,
    reason: z.enum(LOGIN_FAILURE_REASONS),
    at: z.iso.datetime(),
  })
  .strict()
export const loginSuccessRequest = z.object({ userId: z.string().min(1).max(64) }).strict()

export interface ThrottleState {
  /** Seconds until another attempt is allowed; 0 now. */
  waitSeconds: number
  failures: number
}

/** A failed attempt kept by main until the next unlock chains it into the audit log. */
export interface PendingLoginFailure {
  /** Main's own sequence number of failed attempts: 1, 2, 3 … never reused. */
  seq: number
  reason: LoginFailureReason
  userId: string
  /** A keyed hash (16 hex) of the typed name, so repeated attempts at one name can be told apart. */
  nameHash: string
  at: string
}

export const pendingListRequest = z.object({}).strict()
export const pendingAckRequest = z.object({ upTo: z.number().int().min(0) }).strict()
export interface PendingFailures {
  entries: PendingLoginFailure[]
  /** Every attempt up to this seq has been confirmed as chained. */
  ackedUpTo: number
  /** The highest seq given so far. */
  lastSeq: number
}

/** The audit chain's head at a moment: main refuses a sequence lower than the last it holds. */
export const auditCheckpointRequest = z.object({ seq: z.number().int().min(0), hash: hex(32) }).strict()
export interface AuditAnchor {
  seq: number
  hash: string
  at: string
}
export type AuditCheckpointResult =
  | { status: 'anchored'; anchor: AuditAnchor }
  | { status: 'refused'; reason: 'lower' | 'conflict'; last: AuditAnchor }
export const auditAnchorsRequest = z.object({}).strict()
export interface AuditAnchors {
  anchors: AuditAnchor[]
}

/** SPKI DER of an ECDSA P-256 public key, base64 (91 bytes → 124 characters). */
const spkiKey = base64(400)
/** An ECDSA P-256 signature in WebCrypto's raw r‖s form (64 bytes), base64. */
const signature = base64(100)

export const adminKeyGetRequest = z.object({ workspaceId: z.uuid() }).strict()
export const adminKeyPinRequest = z
  .object({
    workspaceId: z.uuid(),
    publicKey: spkiKey,
    /** For a replacement: the new key's bytes signed by the key pinned now. */
    endorsement: signature.optional(),
  })
  .strict()
export type AdminKeyPinResult =
  { status: 'pinned' } | { status: 'refused'; reason: 'already-pinned' | 'bad-endorsement' | 'bad-key' }
export interface AdminKeyInfo {
  publicKey: string | null
}

/**
 * A role grant as signed by an administrator: canonical JSON of the grant in `payload` (base64),
 * signature over those exact bytes. Main checks the signature against the pinned key and keeps the
 * highest `seq` per account, so an older grant (before a demotion, a disabling) cannot come back.
 */
export const signedPayload = z.object({ payload: base64(8000), signature }).strict()
export const grantRecordRequest = z.object({ workspaceId: z.uuid(), grant: signedPayload }).strict()
export const grantLatestRequest = z
  .object({ workspaceId: z.uuid(), userId: z.string().min(1).max(64) })
  .strict()
export type GrantRecordResult =
  | { status: 'recorded'; seq: number }
  | { status: 'refused'; reason: 'signature' | 'stale' | 'malformed' | 'no-key' }
export interface GrantLatest {
  seq: number
}

/** A short-lived permission an administrator's session signs, which main asks for before admin-only changes. */
export const ADMIN_GRANT_PURPOSES = ['upload', 'backup', 'fonts'] as const
export type AdminGrantPurpose = (typeof ADMIN_GRANT_PURPOSES)[number]
/** How long an administrator's grant is good for after their login or unlock. */
export const ADMIN_GRANT_MAX_MS = 12 * 60 * 60 * 1000
export const adminGrant = z.object({ workspaceId: z.uuid(), token: signedPayload }).strict()
export type AdminGrantToken = z.input<typeof adminGrant>

/** The workspace as main last saw it: enough to tell an empty database from a lost one. */
export const workspaceRecordSchema = z
  .object({
    workspaceId: z.uuid(),
    cases: z.number().int().min(0),
    auditSeq: z.number().int().min(0),
    auditHash: hex(32),
    updatedAt: z.iso.datetime(),
  })
  .strict()
export type WorkspaceRecord = z.output<typeof workspaceRecordSchema>
export const workspaceRecordGetRequest = z.object({}).strict()
export const workspaceRecordPutRequest = workspaceRecordSchema
export const workspaceRecordClearRequest = z.object({ workspaceId: z.uuid() }).strict()

/**
 * What the app keeps outside its own database (see renderer/src/data/keeper.ts): main keeps it
 * in userData; the browser build keeps a twin in the page's localStorage.
 */
export interface LoginFailure {
  /** The account's id, or '' for an unknown name. */
  userId: string
  /** As typed; the keeper keeps only a keyed hash of it. */
  name: string
  reason: LoginFailureReason
  at: string
}

export interface SignedPayload {
  payload: string
  signature: string
}

export interface Keeper {
  /** 'main' when the Electron main process keeps these; 'page' for the browser build's twin. */
  where: 'main' | 'page'
  throttle(userId: string, name: string): Promise<ThrottleState>
  failure(entry: LoginFailure): Promise<ThrottleState>
  success(userId: string): Promise<void>
  pending(): Promise<PendingFailures>
  ackPending(upTo: number): Promise<PendingFailures>
  checkpoint(seq: number, hash: string): Promise<AuditCheckpointResult>
  anchors(): Promise<AuditAnchor[]>
  adminKey(workspaceId: string): Promise<string | null>
  pinAdminKey(workspaceId: string, publicKey: string, endorsement?: string): Promise<AdminKeyPinResult>
  recordGrant(workspaceId: string, grant: SignedPayload): Promise<GrantRecordResult>
  latestGrant(workspaceId: string, userId: string): Promise<number>
  workspaceRecord(): Promise<WorkspaceRecord | null>
  putWorkspaceRecord(record: WorkspaceRecord): Promise<void>
  clearWorkspaceRecord(workspaceId: string): Promise<void>
}

/**
 * Waits for the OS to lock its screen or suspend (counted by main since it started): answered once
 * the count is above `after`; `after: -1` reads the count at once.
 */
export const systemLockWaitRequest = z.object({ after: z.number().int().min(-1).max(1_000_000) }).strict()
export interface SystemLockCount {
  count: number
}
