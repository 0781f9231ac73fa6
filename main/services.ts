/**
 * What main keeps for the app, all under userData: the upload queue, the login throttle and the
 * failed attempts, the audit anchors, the administrators' key and grants, the workspace record,
 * the backup folder, open file streams, and the PDF body font the administrator chose. Started once at ready.
 */
import { join } from 'node:path'
import { BACKUP_FOLDER_FILE, createBackupFolderStore } from './files/backup-folder'
import { createFileStreams } from './files/file-streams'
import { BODY_FONT_FILE, createBodyFontService, systemFontDirs } from './fonts/body-font'
import type { MainServices } from './ipc/handlers'
import { ADMIN_KEYS_FILE, createAdminKeys } from './security/admin-keys'
import { AUDIT_ANCHORS_FILE, createAuditAnchors } from './security/audit-anchors'
import { createLoginThrottle, LOGIN_ATTEMPTS_FILE } from './security/login-throttle'
import { createWorkspaceRecordStore, WORKSPACE_RECORD_FILE } from './state/workspace-record'
import { startUploadService } from './upload'
import { watchSystemLock, type PowerEvents } from './security/system-lock'

export function startMainServices(userData: string, power: PowerEvents): MainServices {
  return {
    userData,
    upload: startUploadService(userData),
    security: {
      throttle: createLoginThrottle(join(userData, LOGIN_ATTEMPTS_FILE)),
      anchors: createAuditAnchors(join(userData, AUDIT_ANCHORS_FILE)),
      adminKeys: createAdminKeys(join(userData, ADMIN_KEYS_FILE)),
      workspaceRecord: createWorkspaceRecordStore(join(userData, WORKSPACE_RECORD_FILE)),
    },
    backupFolder: createBackupFolderStore(join(userData, BACKUP_FOLDER_FILE)),
    streams: createFileStreams(),
    systemLock: watchSystemLock(power),
    fonts: createBodyFontService(join(userData, BODY_FONT_FILE), () => systemFontDirs()),
  }
}
