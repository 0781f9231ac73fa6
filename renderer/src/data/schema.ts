/**
 * The Dexie database and its schema. Versions only go up; every upgrade gets a test that starts
 * from a fixture of the version before. Stored rows hold a few plaintext index fields that reveal
 * nothing personal, and one sealed `body` with everything else (see codec/).
 */
import { Dexie, type EntityTable } from 'dexie'
import type { AuditAction, AuditEntry } from '../domain/audit/actions'
import type { Role } from '../domain/auth/roles'
import type { CaseEvents, Outcome } from '../domain/cases/case'
import {
  isOpen,
  type AdminSector,
  type CaseSource,
  type CaseStatus,
  type DisputeType,
  type MediationKind,
  type RiskLevel,
} from '../domain/cases/catalogues'
import type { RecordKind } from '../domain/cases/records'
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
  /** Blind-index tokens (HMAC) of party names and fragments, ID numbers, phones and words of the facts. */
  tokens?: string[]
  // v3: plain fields for filters, deadlines and statistics — none of them says who the people are.
  sector: AdminSector | null
  outcome: Outcome | null
  /** '' when not assessed (IndexedDB cannot index null). */
  riskLevel: RiskLevel | ''
  mediatorId: string
  /** 1 while the case is being worked, else 0 (booleans cannot be indexed). */
  open: 0 | 1
  events: CaseEvents
  extensionDays: number
  judicialConfirmationApplied: boolean
  /** The nearest running deadline (YYYY-MM-DD), '' when none. */
  dueDate: string
  /** v4: the persons this case's parties are (see PersonRow); filled when parties are linked. */
  personIds?: string[]
  body: SealedBody
}

/** What happened on a case: notices, sessions, agreements, visits, transitions… sealed whole. */
export interface RecordRow {
  id: string
  caseId: string
  kind: RecordKind
  createdAt: string
  createdBy: string
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

/** Evidence files: name, type and bytes sealed together; only the case, time and size are plain. */
export interface AttachmentRow {
  id: string
  caseId: string
  createdAt: string
  size: number
  body: SealedBody
}

/** Unsaved form text, sealed, so nothing typed is lost on lock, crash or reload. */
export interface DraftRow {
  key: string
  userId: string
  updatedAt: string
  body: SealedBody
}

/** v4: one person (or organisation) reused across cases; cases link to it by id. */
export interface PersonRow {
  id: string
  createdAt: string
  updatedAt: string
  /** Blind-index tokens of the name, its fragments, ID number and phone, for duplicate detection. */
  tokens: string[]
  body: SealedBody
}

/** v4: a generated document of a case (agreement versions, notices…): status and hash plain, content sealed. */
export interface DocumentRow {
  id: string
  caseId: string
  kind: string
  version: number
  status: 'draft' | 'signed' | 'effective' | 'superseded'
  createdAt: string
  updatedAt: string
  /** Hex SHA-256 of the sealed (PAdES-signed) PDF, '' until effective: what the verification page looks up. */
  sha256: string
  body: SealedBody
}

/** v4: the bytes of an issued PDF, sealed, kept apart so document lists stay light. */
export interface DocumentFileRow {
  id: string
  documentId: string
  body: SealedBody
}

/**
 * v4: counselling, sealed with the owning counsellor's own key (not the workspace key). Only the
 * owner id and dates are plain, which at most allows anonymous counts.
 */
export interface CounsellingClientRow {
  id: string
  ownerId: string
  createdAt: string
  updatedAt: string
  /** YYYY-MM-DD after which the retention period has run out, '' while open. */
  retainUntil: string
  body: SealedBody
}

export interface CounsellingRecordRow {
  id: string
  clientId: string
  ownerId: string
  createdAt: string
  body: SealedBody
}

/** v4: a party referred from a mediation case to counselling; both sides see that the link exists. */
export interface ReferralRow {
  id: string
  caseId: string
  counsellorId: string
  status: 'pending' | 'accepted' | 'declined'
  createdAt: string
  updatedAt: string
  /** The minimum passed on (name or alias, contact, reason): sealed with the workspace key. */
  body: SealedBody
}

/** v5: a dispute screening round (排查): when, and how many disputes it found; notes sealed. */
export interface ScreeningRow {
  id: string
  date: string
  found: number
  createdAt: string
  body: SealedBody
}

/** v5: a period's report to the district, including 零上报 (an explicit "no new disputes"). */
export interface PeriodReportRow {
  id: string
  /** e.g. 2026-11, 2026-Q4, 2026, or 2026-11-01..2026-11-15 */
  period: string
  createdAt: string
  body: SealedBody
}

/** v5: every export bundle made here, with its receipt when uploaded. */
export interface ExportRow {
  id: string
  createdAt: string
  /** The newest case update the bundle includes: the next incremental export starts after it. */
  until: string
  body: SealedBody
}

/** v5 (district workspaces): a mediation room whose bundles are accepted, by its key fingerprint. */
export interface RoomRow {
  id: string
  fingerprint: string
  createdAt: string
  body: SealedBody
}

/** v5 (district workspaces): one de-identified case received from a room; id = room id + case id. */
export interface DistrictCaseRow {
  id: string
  roomId: string
  registeredAt: string
  updatedAt: string
  body: SealedBody
}

/** v5 (district workspaces): each imported bundle, so re-imports are recognised. */
export interface ImportRow {
  id: string
  roomId: string
  /** Hex SHA-256 of the manifest. */
  manifestHash: string
  importedAt: string
  body: SealedBody
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
  records: EntityTable<RecordRow, 'id'>
  drafts: EntityTable<DraftRow, 'key'>
  attachments: EntityTable<AttachmentRow, 'id'>
  vault: EntityTable<VaultRow, 'id'>
  audit: EntityTable<AuditRow, 'pos'>
  auditPending: EntityTable<PendingAuditRow, 'id'>
  persons: EntityTable<PersonRow, 'id'>
  documents: EntityTable<DocumentRow, 'id'>
  documentFiles: EntityTable<DocumentFileRow, 'id'>
  counsellingClients: EntityTable<CounsellingClientRow, 'id'>
  counsellingRecords: EntityTable<CounsellingRecordRow, 'id'>
  referrals: EntityTable<ReferralRow, 'id'>
  screenings: EntityTable<ScreeningRow, 'id'>
  periodReports: EntityTable<PeriodReportRow, 'id'>
  exports: EntityTable<ExportRow, 'id'>
  rooms: EntityTable<RoomRow, 'id'>
  districtCases: EntityTable<DistrictCaseRow, 'id'>
  imports: EntityTable<ImportRow, 'id'>
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

const CASE_INDEXES_V3 = [
  ...CASE_INDEXES,
  'caseNo',
  'seq',
  '*tokens',
  '[kind+createdAt]',
  '[riskLevel+createdAt]',
  '[source+createdAt]',
  '[mediatorId+open+updatedAt]',
  '[open+dueDate]',
  'dueDate',
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
  // v3: every kind of mediation, records, risk, mediators and deadlines.
  db.version(3)
    .stores({
      cases: CASE_INDEXES_V3.join(', '),
      records: 'id, [caseId+createdAt], [caseId+kind]',
      drafts: 'key, userId',
      attachments: 'id, [caseId+createdAt]',
    })
    .upgrade((tx) =>
      tx
        .table('cases')
        .toCollection()
        .modify((row: Partial<CaseRow> & Pick<CaseRow, 'status' | 'createdAt'>) => {
          row.sector ??= null
          row.outcome ??= null
          row.riskLevel ??= ''
          row.mediatorId ??= ''
          row.open = isOpen(row.status) ? 1 : 0
          row.events ??= { registered: row.createdAt.slice(0, 10) }
          row.extensionDays ??= 0
          row.judicialConfirmationApplied ??= false
          row.dueDate ??= ''
        }),
    )
  // v4: persons shared across cases, documents and their issued PDFs, counselling and referrals.
  // Linking existing case parties to persons needs the keys, so it runs after login, not here.
  db.version(4).stores({
    cases: [...CASE_INDEXES_V3, '*personIds'].join(', '),
    persons: 'id, *tokens, updatedAt',
    documents: 'id, caseId, [caseId+kind+version], sha256, [status+updatedAt]',
    documentFiles: 'id, documentId',
    counsellingClients: 'id, ownerId, [ownerId+updatedAt], retainUntil',
    counsellingRecords: 'id, clientId, ownerId, [clientId+createdAt]',
    referrals: 'id, caseId, counsellorId, [counsellorId+status]',
  })
  // v5: statistics inputs (screenings, period reports), the export history, and the district side.
  db.version(5).stores({
    screenings: 'id, date',
    periodReports: 'id, period',
    exports: 'id, createdAt',
    rooms: 'id, &fingerprint',
    districtCases: 'id, roomId, [roomId+registeredAt], registeredAt',
    imports: 'id, roomId, &manifestHash',
  })
  return db
}
