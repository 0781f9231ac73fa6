/**
 * The rows as stored today, table by table. Stored rows hold a few plaintext index fields that
 * reveal nothing personal, and one sealed `body` with everything else (see codec/). The versions
 * that brought each field in are v1.ts … v5.ts; what a row means is in the repository that writes it.
 */
import type { AuditAction, AuditEntry } from '../../domain/audit/actions'
import type { Role } from '../../domain/auth/roles'
import type { CaseEvents, Outcome, TermProgress } from '../../domain/cases/case'
import type {
  AdminSector,
  AgreementForm,
  CaseSource,
  CaseStatus,
  Closure,
  ConfirmationState,
  CourtProcedure,
  DisputeType,
  MediationKind,
  RiskLevel,
} from '../../domain/cases/catalogues'
import type { RecordKind } from '../../domain/cases/records'
import type { RecordStatFacts } from '../../domain/statistics/stat-facts'
import type { SealedBody } from '../codec/codec'
import type { Encrypted } from '../crypto/aead'
import type { Argon2Params } from '../crypto/kdf'

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
  /** v6: the body it issues under (domain/organisation/issuing-bodies.ts); numbered per body. */
  issuerId: string
  /** v4: the persons this case's parties are (see PersonRow); filled when parties are linked. */
  personIds?: string[]
  // Not indexed, so no schema version: what the records say (domain/cases/record-facts.ts), plain —
  // codes, dates, counts and staff ids only — so that deadlines, the workflow and statistics never
  // open a record; and the local sub-type.
  disputeSubtype?: string
  agreementForm?: AgreementForm | null
  /** Supersedes `judicialConfirmationApplied` (still written, = confirmation !== 'none'). */
  confirmation?: ConfirmationState
  procedure?: CourtProcedure | null
  /** The court letter's deadline, '' when it sets none. */
  courtDeadline?: string
  terms?: TermProgress[]
  closure?: Closure | null
  massPersons?: number
  /** What statistics read of its records (domain/statistics/stat-facts.ts): dates, an amount, head counts. */
  stat?: RecordStatFacts
  /** How many parties (涉及人数), from the sealed body when it was written: a count, no one's name. */
  partyCount?: number
  /** 协同调解员 (user ids, like `mediatorId`); absent on rows stored before them: none. */
  coMediatorIds?: string[]
  /** The version of the derivation that wrote these facts; older rows are refreshed after login. */
  factsVersion?: number
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
  /**
   * Roles and the disabled flag as stored. Since the administrators' signing key exists they are
   * only a copy for lists: login believes `grant`, signed by an administrator (see auth/grants.ts).
   */
  roles: Role[]
  disabled: boolean
  createdAt: string
  updatedAt: string
  /** Earlier versions counted wrong passwords here; the keeper (main process) counts them now. */
  failures: number
  lastFailureAt: string | null
  kdf: Argon2Params
  /** The workspace keyring, wrapped by this user's password key. */
  keyring: Encrypted
  /** 2: the wrap is bound to this account's id and user name; absent: the first versions' shared binding. */
  keyringBinding?: 2
  /** A counsellor's own data key, wrapped by this user's password key. */
  counsellingKey: Encrypted | null
  /** Display name, sealed with the workspace data key. */
  body: SealedBody
  /**
   * Set when an administrator issued the password (a new account): the person is asked to choose
   * their own at login. A convenience, not a lock: the keys are wrapped by the password either way.
   */
  mustChangePassword?: boolean
  /** The account's roles and status, signed with the administrators' key: what login believes. */
  grant?: { payload: string; signature: string }
  /** Public half of the account's box key (SPKI): an administrator seals the signing key to it. */
  boxPublicKey?: Uint8Array
  /** The box key's private half (PKCS#8), wrapped by the password key. */
  boxKey?: Encrypted
  /** An administrator's copy of the administrators' signing key (PKCS#8), wrapped by the password key. */
  adminKey?: Encrypted | null
  /** The signing key sealed to this account's box key by another administrator, until first opened. */
  adminKeyBox?: { epk: Uint8Array; iv: Uint8Array; ct: Uint8Array } | null
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
  /** 预防纠纷数 (absent in rows written before it was counted: 0). */
  prevented?: number
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

/**
 * v7 (district workspaces): one room's statistics totals for one month, quarter or year (period =
 * its key: 2026-11, 2026-Q4, 2026), or the room's case count (period "cases"); id = room id | period.
 * The row marking that totals were built from the imported cases has id "*".
 */
export interface DistrictTotalRow {
  id: string
  roomId: string
  period: string
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
