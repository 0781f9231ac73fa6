/** Wires the repositories of one unlocked session: its keys, its permissions, its audit trail. */
import type { AuditLog } from './audit/audit-log'
import { createAuditLog } from './audit/audit-log'
import type { Session } from './auth/session'
import { WORKSPACE_KID } from './auth/setup'
import { changeOwnPassword, createUserRepository } from './auth/users'
import type { KdfCost } from './auth/user-keys'
import { createBlindIndexer } from './crypto/blind-index'
import { createEncryptingCodec } from './crypto/record-codec'
import { createAuditRepository } from './repositories/audit-repository'
import { createCaseRepository } from './repositories/case-repository'
import { createDraftRepository } from './repositories/draft-repository'
import { createSettingsRepository } from './repositories/settings-repository'
import type { MediationDb } from './schema'

export interface RepositoryOptions {
  kdfCost?: KdfCost
  now?: () => Date
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
  return {
    settings,
    cases,
    users: createUserRepository({
      db,
      session,
      codec,
      audit: auditLog,
      kdfCost: options.kdfCost,
      now: options.now,
    }),
    audit: createAuditRepository(auditLog, access),
    drafts: createDraftRepository(db, codec, actor, options.now),
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
