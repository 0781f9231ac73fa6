/** The data layer's front door for the app and the screens. */
export { subscribeToChanges } from './changes'
export { isSetUp, completeSetup } from './auth/setup'
export { login } from './auth/login'
export { recoverAccount } from './auth/recover-account'
export { AuthError, LockedError, type Session, type SessionUser } from './auth/session'
export { readOrganisation, readAutoLockMinutes, readLockMinutes } from './repositories/settings-read'
export { openDatabase, type MediationDb } from './schema'
export { createWorkspace, type Workspace } from './workspace'
export type { AdminGrant, Repositories, SecurityRepository } from './repositories'
export type {
  CaseListQuery,
  CasePage,
  CaseRepository,
  CaseSortField,
} from './repositories/cases/case-repository'
export type { SettingsRepository } from './repositories/settings-repository'
export type { BodySeal } from './repositories/signing-repository'
export type { TemplateInfo, TemplateRepository } from './repositories/template-repository'
export type { DocumentLog, DocumentOutput } from './repositories/document-log'
export type {
  DeidentifyInput,
  ExportHistoryItem,
  ExportPlan,
  ExportReceipt,
  ExportRepository,
  WorkspaceRole,
} from './repositories/export/export-repository'
export type {
  DistrictRepository,
  ImportProgress,
  ImportResult,
  ImportSummary,
  ImportWarning,
  Room,
  RoomStatistics,
} from './repositories/district/district-repository'
export type { DrillDown, StatisticsRepository } from './repositories/statistics/statistics-repository'
export type { PersonMatch, PersonRepository } from './repositories/persons/person-repository'
export type { UserSummary } from './repositories/users-repository'
export type {
  AgreementRenderer,
  AgreementRenderInput,
  AgreementRepository,
  AgreementVerdict,
  AwaitingSeal,
} from './repositories/agreements/agreement-repository'
export type { SigningRepository, SigningStatus } from './repositories/signing-repository'
export {
  SigningUnavailableError,
  type CertificateSummary,
  type SignedPdfFacts,
  type SigningIdentityPem,
  type SigningPort,
} from './repositories/agreements/signing-port'
export type { AuditQuery } from './audit/audit-log'
export { generateRecoveryKey, recoveryKeyGroups, normalizeRecoveryKey } from './crypto/recovery-key'
export { CounsellingError, type CounsellingErrorCode } from './repositories/counselling/counselling-error'
export type { ClientFile } from './repositories/counselling/counselling-repository'
export type { CounsellingRecordInput } from './repositories/counselling/counselling-notes'
export type { CounsellingCounts, CounsellorEntry } from './repositories/counselling/counselling-admin'
export type { BackupRepository, BackupStatus } from './repositories/backup-repository'
export type { BackupVerification } from './backup/verify-backup'
export { BackupError, type BackupProblem } from './backup/backup-error'
export { restoreBackup, type RestoreProgress, type RestoreResult } from './backup/restore-lazy'
export { activeDatabaseName, restoreDatabaseName, switchActiveDatabase } from './schema/active-database'
