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
export type { UserSummary } from './auth/users'
export type { AuditQuery } from './audit/audit-log'
export { generateRecoveryKey, recoveryKeyGroups, normalizeRecoveryKey } from './crypto/recovery-key'
