/** What main keeps (data/keeper.ts), reached through the preload's typed API. */
import type { DesktopApi } from '../../../preload/contract'
import type { Keeper } from '../../../preload/contract'

export function createMainKeeper(api: DesktopApi): Keeper {
  return {
    where: 'main',
    throttle: (userId, name) => api.authThrottle({ userId, name }),
    failure: (entry) => api.authFailure(entry),
    success: async (userId) => void (await api.authSuccess({ userId })),
    pending: () => api.auditPending({}),
    ackPending: (upTo) => api.auditPendingAck({ upTo }),
    checkpoint: (seq, hash) => api.auditCheckpoint({ seq, hash }),
    anchors: async () => (await api.auditAnchors({})).anchors,
    adminKey: async (workspaceId) => (await api.adminKeyGet({ workspaceId })).publicKey,
    pinAdminKey: (workspaceId, publicKey, endorsement) =>
      api.adminKeyPin({ workspaceId, publicKey, ...(endorsement ? { endorsement } : {}) }),
    recordGrant: (workspaceId, grant) => api.grantRecord({ workspaceId, grant }),
    latestGrant: async (workspaceId, userId) => (await api.grantLatest({ workspaceId, userId })).seq,
    workspaceRecord: async () => (await api.workspaceRecordGet({})).record,
    putWorkspaceRecord: async (record) => void (await api.workspaceRecordPut(record)),
    clearWorkspaceRecord: async (workspaceId) => void (await api.workspaceRecordClear({ workspaceId })),
  }
}
