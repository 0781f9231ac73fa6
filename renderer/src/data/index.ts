/** The data layer's front door for the app and the screens. */
export { subscribeToChanges } from './changes'
export { isSetUp, completeSetup } from './auth/setup'
export { login } from './auth/login'
export { recoverAccount } from './auth/recover-account'
export { AuthError, LockedError, type Session, type SessionUser } from './auth/session'
export { readOrganisation, readAutoLockMinutes } from './repositories/settings-repository'
export { openDatabase, type MediationDb } from './schema'
export { createWorkspace, type Workspace } from './workspace'
export type { Repositories } from './repositories'
export type {
  CaseListQuery,
  CasePage,
  CaseRepository,
  CaseSortField,
  PartyMatch,
} from './repositories/case-repository'
export type { SettingsRepository } from './repositories/settings-repository'
export type { TemplateInfo, TemplateRepository } from './repositories/template-repository'
export type { DocumentLog, DocumentOutput } from './repositories/document-log'
export type {
  DeidentifyInput,
  ExportHistoryItem,
  ExportPlan,
  ExportReceipt,
  ExportRepository,
  WorkspaceRole,
} from './repositories/export-repository'
export type {
  DistrictRepository,
  ImportProgress,
  ImportResult,
  ImportSummary,
  ImportWarning,
  Room,
  RoomStatistics,
} from './repositories/district-repository'
export type { DrillDown, StatisticsRepository } from './repositories/statistics-repository'
export type { PersonMatch, PersonRepository } from './repositories/person-repository'
export type { UserSummary } from './auth/users'
export type {
  AgreementRenderer,
  AgreementRenderInput,
  AgreementRepository,
  AgreementVerdict,
} from './repositories/agreement-repository'
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
export { CounsellingError, type CounsellingErrorCode } from './counselling/counselling-error'
export type { ClientFile } from './counselling/counselling-repository'
export type { CounsellingCounts, CounsellorEntry } from './counselling/counselling-admin'
