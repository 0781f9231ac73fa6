/** Wires the repositories of one unlocked session: its keys, its permissions, its audit trail. */
import type { AuditLog } from '../audit/audit-log'
import { createAuditLog } from '../audit/audit-log'
import type { Session } from '../auth/session'
import { WORKSPACE_KID } from '../auth/setup'
import { changeOwnPassword, createUserRepository } from './users-repository'
import type { KdfCost } from '../auth/user-keys'
import { createCounsellingAdmin } from './counselling/counselling-admin'
import { createCounsellingRepository } from './counselling/counselling-repository'
import { createReferralRepository } from './counselling/referral-repository'
import { createBlindIndexer } from '../crypto/blind-index'
import { createEncryptingCodec } from '../crypto/record-codec'
import { createAgreementRepository } from './agreements/agreement-repository'
import { createOrgIdentityStore } from './agreements/org-identity'
import type { SigningPort } from './agreements/signing-port'
import { createAuditRepository } from './audit-repository'
import { createCaseRepository } from './cases/case-repository'
import { createDraftRepository } from './draft-repository'
import { createDocumentLog } from './document-log'
import { createTemplateRepository } from './template-repository'
import { createDistrictRepository } from './district/district-repository'
import { createExportRepository } from './export/export-repository'
import { createPersonRepository } from './persons/person-repository'
import { createSettingsRepository } from './settings-repository'
import { createSigningRepository } from './signing-repository'
import { createStatisticsRepository } from './statistics/statistics-repository'
import type { MediationDb } from '../schema'

export interface RepositoryOptions {
  kdfCost?: KdfCost
  now?: () => Date
  /** PAdES signing and certificates (documents/signing's `signingPort`): data may not import documents. */
  signing?: SigningPort
}

export function createRepositories(db: MediationDb, session: Session, options: RepositoryOptions = {}) {
  const codec = createEncryptingCodec(session.keyring.data, WORKSPACE_KID)
  const indexer = createBlindIndexer(session.keyring.index)
  const auditLog: AuditLog = createAuditLog(db, session.keyring.audit)
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
  const cases = createCaseRepository({
    db,
    codec,
    indexer,
    settings,
    audit: auditLog,
    access,
    now: options.now,
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
    users: createUserRepository({
      db,
      session,
      codec,
      audit: auditLog,
      kdfCost: options.kdfCost,
      now: options.now,
    }),
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
      changePassword: (oldPassword: string, newPassword: string) =>
        changeOwnPassword(db, session, auditLog, oldPassword, newPassword, options.kdfCost),
    },
    /** For the session itself (login, lock, logout): not permission-gated. */
    sessionLog: {
      record: (action: 'auth.login' | 'auth.unlock' | 'auth.lock' | 'auth.logout' | 'workspace.setup') =>
        auditLog.append(actor, action, { type: 'user', id: actor.id }),
      flushPending: () => auditLog.flushPending(),
    },
  }
}

export type Repositories = ReturnType<typeof createRepositories>
