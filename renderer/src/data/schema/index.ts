/**
 * The Dexie database: its tables (rows.ts) and its versions, one frozen file each (v1.ts … v7.ts).
 * Versions only go up; a released version never changes, and every upgrade has a test that starts
 * from a fixture of the version before (tests/unit/data/migrations/). A new version is a new file
 * vN.ts with its own stores() and a self-contained upgrade, added to VERSIONS below.
 */
import { Dexie, type EntityTable } from 'dexie'
import type {
  AttachmentRow,
  AuditRow,
  CaseRow,
  CounsellingClientRow,
  CounsellingRecordRow,
  CounterRow,
  DistrictCaseRow,
  DistrictTotalRow,
  DocumentFileRow,
  DocumentRow,
  DraftRow,
  ExportRow,
  ImportRow,
  PendingAuditRow,
  PeriodReportRow,
  PersonRow,
  RecordRow,
  ReferralRow,
  RoomRow,
  ScreeningRow,
  SettingRow,
  UserRow,
  VaultRow,
} from './rows'
import { CASE_INDEXES_V1, declareV1 } from './v1'
import { declareV2 } from './v2'
import { declareV3 } from './v3'
import { declareV4 } from './v4'
import { declareV5 } from './v5'
import { declareV6 } from './v6'
import { declareV7 } from './v7'
import { trackRevisions } from '../audit/row-revisions'

export type * from './rows'

export const DATABASE_NAME = 'mediation-room'

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
  districtTotals: EntityTable<DistrictTotalRow, 'id'>
}

/** The case list's indexes as v1 made them: every sortable column crossed with every filter. */
export const CASE_INDEXES: readonly string[] = CASE_INDEXES_V1

/** Every version, oldest first. */
const VERSIONS: readonly ((db: Dexie) => void)[] = [
  declareV1,
  declareV2,
  declareV3,
  declareV4,
  declareV5,
  declareV6,
  declareV7,
]

/** The newest schema version this app knows. */
export const SCHEMA_VERSION = VERSIONS.length

export function openDatabase(name: string = DATABASE_NAME): MediationDb {
  return openDatabaseAt(name, SCHEMA_VERSION)
}

/**
 * The database declared only up to `version`: a restore writes a backup's rows at the version
 * they were made with, then opens it with openDatabase, so the frozen upgrades bring them up.
 */
export function openDatabaseAt(name: string, version: number): MediationDb {
  if (!Number.isInteger(version) || version < 1 || version > VERSIONS.length)
    throw new RangeError(`schema: no version ${version}`)
  // Strict durability: a registered case is on disk when the transaction resolves, even if the
  // PC loses power a moment later.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as MediationDb
  for (const declare of VERSIONS.slice(0, version)) declare(db)
  trackRevisions(db)
  return db
}
