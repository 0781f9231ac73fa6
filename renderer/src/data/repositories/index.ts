/**
 * Wires the repositories of one unlocked session: its keys, its permissions, its audit trail.
 * `Repositories` is the whole boundary between features and data: one typed interface per area.
 */
import type { AuditLog } from '../audit/audit-log'
import { createAuditLog } from '../audit/audit-log'
import { grantUpkeep } from '../auth/grant-upkeep'
import { signAdminGrant } from '../auth/grants'
import { AuthError } from '../auth/session'
import { requirePermission } from '../../domain/auth/roles'
import type { Session } from '../auth/session'
import { WORKSPACE_KID } from '../auth/setup'
import { changeOwnPassword, createUserRepository, type UserRepository } from './users-repository'
import type { KdfCost } from '../auth/user-keys'
import { createCounsellingAdmin, type CounsellingAdmin } from './counselling/counselling-admin'
import { createCounsellingRepository, type CounsellingRepository } from './counselling/counselling-repository'
import { createReferralRepository, type ReferralRepository } from './counselling/referral-repository'
import { createBlindIndexer } from '../crypto/blind-index'
import { createEncryptingCodec } from '../crypto/record-codec'
import { createAgreementRepository, type AgreementRepository } from './agreements/agreement-repository'
import { createOrgIdentityStore } from './agreements/org-identity'
import type { SigningPort } from './agreements/signing-port'
import { createAuditRepository, type AuditRepository } from './audit-repository'
import { createBackupRepository, type BackupRepository } from './backup-repository'
import { createCaseRepository } from './cases/case-repository'
import type { CaseRepository } from './cases/types'
import { createDraftRepository, type DraftRepository } from './draft-repository'
import { createDocumentLog, type DocumentLog } from './document-log'
import { createTemplateRepository, type TemplateRepository } from './template-repository'
import { createDistrictRepository, type DistrictRepository } from './district/district-repository'
import { createExportRepository, type ExportRepository } from './export/export-repository'
import { createPersonRepository, type PersonRepository } from './persons/person-repository'
import { createSettingsRepository, type SettingsRepository } from './settings-repository'
import { createSigningRepository, type SigningRepository } from './signing-repository'
import { createStatisticsRepository, type StatisticsRepository } from './statistics/statistics-repository'
import type { MediationDb } from '../schema'
import type { BundleOpener } from '../../domain/export/bundle-session'

export interface RepositoryOptions {
  kdfCost?: KdfCost
  now?: () => Date
  /** PAdES signing and certificates (documents/signing's `signingPort`): data may not import documents. */
  signing?: SigningPort
  /** How bundles are opened for import: the app's Web Worker reader; on this thread without one. */
  openBundle?: BundleOpener
}

/** The acting user's own password. */
export interface AccountRepository {
  /** Proven by the old password; keys are re-wrapped, records untouched. */
  changePassword(oldPassword: string, newPassword: string): Promise<void>
}

export type SessionAction = 'auth.login' | 'auth.unlock' | 'auth.lock' | 'auth.logout' | 'workspace.setup'

/** For the session itself (login, lock, logout): not permission-gated. */
export interface SessionLog {
  record(action: SessionAction): Promise<void>
  /** Moves attempts recorded while locked into the chain; how many there were. */
  flushPending(): Promise<number>
}

/** Every area of one unlocked session, as features reach them (through the workspace). */
export interface Repositories {
  settings: SettingsRepository
  cases: CaseRepository
  signing: SigningRepository
  agreements: AgreementRepository
  persons: PersonRepository
  users: UserRepository
  audit: AuditRepository
  /** Document templates in force, and the audit of documents made from cases (output/). */
  templates: TemplateRepository
  documentLog: DocumentLog
  statistics: StatisticsRepository
  drafts: DraftRepository
  /** Export bundles (room) and their import (district office). */
  exports: ExportRepository
  district: DistrictRepository
  /** Counselling: sealed with the counsellor's own key, refused to everyone else. */
  counselling: CounsellingRepository
  counsellingAdmin: CounsellingAdmin
  referrals: ReferralRepository
  account: AccountRepository
  sessionLog: SessionLog
  /** What main asks of an administrator's session: short-lived signed grants. */
  security: SecurityRepository
  /** Backups of the whole workspace: made, verified, and the policy for automatic ones. */
  backup: BackupRepository
}

/** A signed, short-lived permission for an admin-only change main makes (see preload/schemas/security). */
export interface AdminGrant {
  workspaceId: string
  token: { payload: string; signature: string }
}

export interface SecurityRepository {
  /** A grant for `purpose`, good for 8 hours; refused (admin-key-missing) without the signing key. */
  adminGrant(purpose: 'upload' | 'backup' | 'fonts'): Promise<AdminGrant>
  /** Whether this session can sign grants (an administrator holding the signing key). */
  canSign(): Promise<boolean>
  /** The other accounts' grants and signing-key copies brought up to date (at an administrator's login). */
  upkeep(): Promise<number>
}

/** An area whose every method returns a Promise (anything else becomes `never`). */
type AsyncArea<T> = {
  [M in keyof T]: T[M] extends (...args: never[]) => Promise<unknown> ? T[M] : never
}
/**
 * Every method of every area is async: the workspace answers a locked session with a rejection,
 * so a synchronous method would have another type through the workspace than here. Checked here.
 */
const _allAsync: Repositories extends { [A in keyof Repositories]: AsyncArea<Repositories[A]> }
  ? true
  : never = true

export function createRepositories(
  db: MediationDb,
  session: Session,
  options: RepositoryOptions = {},
): Repositories {
  const codec = createEncryptingCodec(session.keyring.data, WORKSPACE_KID)
  const indexer = createBlindIndexer(session.keyring.index)
  const auditLog: AuditLog = createAuditLog(db, session.keyring.audit, session.keeper)
  const actor = { id: session.user.id, username: session.user.username }
  const access = { roles: session.user.roles, actor }
  // Stored due dates follow the administrator's rules and calendar: a change recomputes them.
  const settings = createSettingsRepository({
    db,
    access,
    audit: auditLog,
    onDeadlineSettingsChange: async () => {
      await cases.recomputeDueDates()
    },
  })
  const users = createUserRepository({
    db,
    session,
    codec,
    audit: auditLog,
    kdfCost: options.kdfCost,
    now: options.now,
  })
  const cases = createCaseRepository({
    db,
    codec,
    indexer,
    settings,
    audit: auditLog,
    access,
    now: options.now,
    // Who may be named a 协同调解员: as the directory reads them (roles and status as signed).
    activeMediatorIds: async () =>
      (await users.directory()).filter((u) => u.roles.includes('mediator') && !u.disabled).map((u) => u.id),
  })
  const orgIdentity = createOrgIdentityStore(db, codec, session.keyring.data)
  const exportDeps = {
    db,
    codec,
    indexKey: session.keyring.index,
    audit: auditLog,
    access,
    identity: orgIdentity,
    now: options.now,
    openBundle: options.openBundle,
  }
  const signingDeps = {
    db,
    audit: auditLog,
    access,
    store: orgIdentity,
    port: options.signing,
    now: options.now,
  }
  return {
    settings,
    cases,
    signing: createSigningRepository(signingDeps),
    agreements: createAgreementRepository({
      ...signingDeps,
      codec,
      settings,
      actorName: session.user.displayName,
    }),
    persons: createPersonRepository({ db, codec, indexer, audit: auditLog, access, now: options.now }),
    users,
    audit: createAuditRepository(auditLog, access),
    // Document templates in force and the audit of documents made from cases (documents/).
    templates: createTemplateRepository({ db, access, audit: auditLog, now: options.now }),
    documentLog: createDocumentLog({ access, audit: auditLog }),
    statistics: createStatisticsRepository({ db, codec, audit: auditLog, access, now: options.now }),
    drafts: createDraftRepository(db, codec, actor, options.now),
    // Export bundles (room) and their import (district office): see repositories/export-repository.ts.
    exports: createExportRepository(exportDeps),
    district: createDistrictRepository(exportDeps),
    // Counselling: sealed with the counsellor's own key, refused to everyone else (see data/counselling).
    counselling: createCounsellingRepository({
      db,
      audit: auditLog,
      access,
      counsellingKey: session.counsellingKey,
      now: options.now,
    }),
    counsellingAdmin: createCounsellingAdmin({ db, codec, audit: auditLog, access, now: options.now }),
    referrals: createReferralRepository({
      db,
      codec,
      audit: auditLog,
      access,
      counsellingKey: session.counsellingKey,
      now: options.now,
    }),
    account: {
      changePassword: (oldPassword, newPassword) =>
        changeOwnPassword(db, session, auditLog, oldPassword, newPassword, options.kdfCost),
    },
    sessionLog: {
      record: async (action) => {
        await auditLog.append(actor, action, { type: 'user', id: actor.id })
        if (action === 'auth.lock' || action === 'auth.logout') await auditLog.anchorNow()
      },
      flushPending: () => auditLog.flushPending(),
    },
    backup: createBackupRepository({ db, session, access, audit: auditLog, now: options.now }),
    security: {
      async adminGrant(purpose) {
        requirePermission(session.user.roles, 'settings:manage')
        if (!session.adminKey) throw new AuthError('admin-key-missing')
        const token = await signAdminGrant(session.adminKey, {
          purpose,
          workspaceId: session.workspaceId,
          userId: session.user.id,
          now: (options.now ?? (() => new Date()))(),
          hours: 8,
        })
        return { workspaceId: session.workspaceId, token }
      },
      canSign: async () => session.adminKey !== null,
      upkeep: () => grantUpkeep(db, session, auditLog, (options.now ?? (() => new Date()))()),
    },
  }
}
