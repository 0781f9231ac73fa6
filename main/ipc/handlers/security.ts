/**
 * `auth:*`, `audit:*`, `admin-key:*`, `grant:*`, `workspace:record:*`: what main keeps for the
 * renderer outside its database (see main/security and main/state). Payloads arrive parsed.
 */
import type { AdminKeys } from '../../security/admin-keys'
import type { AuditAnchors } from '../../security/audit-anchors'
import type { LoginThrottle } from '../../security/login-throttle'
import type { WorkspaceRecordStore } from '../../state/workspace-record'
import type { Handlers } from '../register'

export interface SecurityServices {
  throttle: LoginThrottle
  anchors: AuditAnchors
  adminKeys: AdminKeys
  workspaceRecord: WorkspaceRecordStore
}

type SecurityHandlers = Pick<
  Handlers,
  | 'authThrottle'
  | 'authFailure'
  | 'authSuccess'
  | 'auditPending'
  | 'auditPendingAck'
  | 'auditCheckpoint'
  | 'auditAnchors'
  | 'adminKeyGet'
  | 'adminKeyPin'
  | 'grantRecord'
  | 'grantLatest'
  | 'workspaceRecordGet'
  | 'workspaceRecordPut'
  | 'workspaceRecordClear'
>

export function makeSecurityHandlers(s: SecurityServices): SecurityHandlers {
  return {
    authThrottle: ({ userId, name }) => s.throttle.check(userId, name),
    authFailure: (entry) => s.throttle.failure(entry),
    async authSuccess({ userId }) {
      await s.throttle.success(userId)
      return { ok: true }
    },
    auditPending: () => s.throttle.pending(),
    auditPendingAck: ({ upTo }) => s.throttle.ack(upTo),
    auditCheckpoint: ({ seq, hash }) => s.anchors.checkpoint(seq, hash),
    auditAnchors: async () => ({ anchors: await s.anchors.list() }),
    adminKeyGet: async ({ workspaceId }) => ({ publicKey: await s.adminKeys.get(workspaceId) }),
    adminKeyPin: ({ workspaceId, publicKey, endorsement }) =>
      s.adminKeys.pin(workspaceId, publicKey, endorsement),
    grantRecord: ({ workspaceId, grant }) => s.adminKeys.recordGrant(workspaceId, grant),
    grantLatest: async ({ workspaceId, userId }) => ({
      seq: await s.adminKeys.latestGrant(workspaceId, userId),
    }),
    workspaceRecordGet: async () => ({ record: await s.workspaceRecord.get() }),
    async workspaceRecordPut(record) {
      await s.workspaceRecord.put(record)
      return { ok: true }
    },
    async workspaceRecordClear({ workspaceId }) {
      await s.workspaceRecord.clear(workspaceId)
      return { ok: true }
    },
  }
}
