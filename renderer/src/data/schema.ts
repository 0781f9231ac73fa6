/**
 * The Dexie database and its schema. Versions only go up; every upgrade gets a test that starts
 * from a fixture of the version before. Stored rows hold a few plaintext index fields that reveal
 * nothing personal, and one sealed `body` with everything else (see codec/).
 */
import { Dexie, type EntityTable } from 'dexie'
import type { AuditAction, AuditEntry } from '../domain/audit/actions'
import type { Role } from '../domain/auth/roles'
import type { CaseSource, CaseStatus, DisputeType, MediationKind } from '../domain/cases/catalogues'
import type { SealedBody } from './codec/codec'
import type { Encrypted } from './crypto/aead'
import type { Argon2Params } from './crypto/kdf'

export const DATABASE_NAME = 'mediation-room'

export interface CaseRow {
  id: string
  /** Case numbers are public identifiers printed on every document, derived from year and seq. */
  caseNo: string
  year: number
  seq: number
  kind: MediationKind
  status: CaseStatus
  disputeType: DisputeType
  source: CaseSource
  createdAt: string
  updatedAt: string
  /** Blind-index tokens (HMAC) of party names and fragments, ID numbers and phones. */
  tokens?: string[]
  body: SealedBody
}

export interface UserRow {
  id: string
  /** The login handle: needed before any key is unlocked, so it is not encrypted. */
  username: string
  roles: Role[]
  disabled: boolean
  createdAt: string
  updatedAt: string
  /** Consecutive wrong passwords and when the last one was, for the progressive delay. */
  failures: number
  lastFailureAt: string | null
  kdf: Argon2Params
  /** The workspace keyring, wrapped by this user's password key. */
  keyring: Encrypted
  /** A counsellor's own data key, wrapped by this user's password key. */
  counsellingKey: Encrypted | null
  /** Display name, sealed with the workspace data key. */
  body: SealedBody
}

/** Key material that is not tied to one password: the recovery copies. */
export interface VaultRow {
  id: string
  salt?: Uint8Array
  publicKey?: Uint8Array
  wrapped: Encrypted | Uint8Array
}

export interface AuditRow extends AuditEntry {
  pos?: number
}

export interface PendingAuditRow {
  id?: number
  at: string
  actorName: string
  action: AuditAction
  details: AuditEntry['details']
}

export interface CounterRow {
  key: string
  value: number
}

export interface SettingRow {
  key: string
  value: unknown
}

export type MediationDb = Dexie & {
  cases: EntityTable<CaseRow, 'id'>
  counters: EntityTable<CounterRow, 'key'>
  settings: EntityTable<SettingRow, 'key'>
  users: EntityTable<UserRow, 'id'>
  vault: EntityTable<VaultRow, 'id'>
  audit: EntityTable<AuditRow, 'pos'>
  auditPending: EntityTable<PendingAuditRow, 'id'>
}

/** Every sortable column crossed with every filter combination, so each list page is one index range. */
export const CASE_INDEXES = [
  'id',
  '&[year+seq]',
  'createdAt',
  'updatedAt',
  '[status+createdAt]',
  '[status+updatedAt]',
  '[disputeType+createdAt]',
  '[disputeType+updatedAt]',
  '[status+disputeType+createdAt]',
  '[status+disputeType+updatedAt]',
]

export function openDatabase(name: string = DATABASE_NAME): MediationDb {
  // Strict durability: a registered case is on disk when the transaction resolves, even if the
  // PC loses power a moment later.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as MediationDb
  db.version(1).stores({
    cases: CASE_INDEXES.join(', '),
    counters: 'key',
    settings: 'key',
  })
  // v2: accounts, key vault, audit chain; cases gain blind-index tokens and number look-up.
  db.version(2).stores({
    cases: [...CASE_INDEXES, 'caseNo', 'seq', '*tokens'].join(', '),
    users: 'id, &username',
    vault: 'id',
    audit: '++pos, seq, at, [action+at]',
    auditPending: '++id',
  })
  return db
}
