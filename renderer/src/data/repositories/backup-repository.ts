/**
 * Backups as the screens use them: make one into a sink the platform opened (the backup folder,
 * a dialog's file, a download), verify a file with this session's keys, and the policy and the
 * last good backup (settings rows, audited). The file format and its keys are data/backup/.
 */
import {
  backupPolicySchema,
  DEFAULT_BACKUP_POLICY,
  lastBackupSchema,
  type BackupPolicy,
  type LastBackup,
} from '../../domain/backup/policy'
import { requirePermission, type Role } from '../../domain/auth/roles'
import { parseOrThrow } from '../../domain/shared/errors'
import type { z } from 'zod'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { Session } from '../auth/session'
import type { ByteSink, ByteSource } from '../backup/ports'
import { accountsOf, recoveryMaterialOf } from '../backup/sources'
import { verifyBackup, type BackupVerification } from '../backup/verify-backup'
import { writeBackup, type BackupProgress, type BackupWritten } from '../backup/write-backup'
import type { ReadProgress } from '../backup/read-backup'
import { SCHEMA_VERSION, type MediationDb } from '../schema'
import { confirmIdentity, type IdentityProof } from '../auth/confirm-identity'
import { WORKSPACE_KID } from '../auth/setup'
import { createEncryptingCodec } from '../crypto/record-codec'
import { writeWorkspaceExport, type ReadableExportResult } from '../readable/workspace-export'

export const BACKUP_POLICY_KEY = 'backup:policy'
export const LAST_BACKUP_KEY = 'backup:last'

export interface BackupStatus {
  policy: BackupPolicy
  last: LastBackup | null
}

export interface BackupRepository {
  status(): Promise<BackupStatus>
  setPolicy(policy: z.input<typeof backupPolicySchema>): Promise<BackupPolicy>
  /**
   * Writes a backup of the whole workspace into `sink`. `manual` needs settings:manage; `auto` is
   * what any session runs at the day's first login once the administrator has turned it on.
   */
  create(
    sink: ByteSink,
    options: {
      reason: 'manual' | 'auto'
      where: LastBackup['where']
      appVersion: string
      onProgress?: (p: BackupProgress) => void
      signal?: AbortSignal
    },
  ): Promise<BackupWritten>
  /** Writes `backup.restore` into the restored chain: the first login after a restore calls it. */
  recordRestore(backupCreatedAt: string): Promise<void>
  /** Every chunk and the digest checked with this session's keys; nothing restored. */
  verify(source: ByteSource, onProgress?: (p: ReadProgress) => void): Promise<BackupVerification>
  /**
   * The mediation workspace in readable form (JSON per case, agreement PDFs, attachments, a
   * manifest: data/readable/), for moving to another system. An administrator, proven again by
   * their password or the recovery key; audited. Counselling is not in it.
   */
  exportReadable(
    sink: ByteSink,
    options: {
      proof: IdentityProof
      appVersion: string
      onProgress?: (p: { cases: number; total: number }) => void
      signal?: AbortSignal
    },
  ): Promise<ReadableExportResult>
}

export function createBackupRepository(deps: {
  db: MediationDb
  session: Session
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
  now?: () => Date
}): BackupRepository {
  const { db, session, access, audit } = deps
  const now = deps.now ?? (() => new Date())
  const manage = () => requirePermission(access.roles, 'settings:manage')
  const readPolicy = async (): Promise<BackupPolicy> => {
    const parsed = backupPolicySchema.safeParse((await db.settings.get(BACKUP_POLICY_KEY))?.value)
    return parsed.success ? parsed.data : DEFAULT_BACKUP_POLICY
  }
  const readLast = async (): Promise<LastBackup | null> => {
    const parsed = lastBackupSchema.safeParse((await db.settings.get(LAST_BACKUP_KEY))?.value)
    return parsed.success ? parsed.data : null
  }

  return {
    status: async () => ({ policy: await readPolicy(), last: await readLast() }),

    async setPolicy(input) {
      manage()
      const policy = parseOrThrow(backupPolicySchema, input)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'backup-policy' },
          details: { ...policy },
        },
        write: () => db.settings.put({ key: BACKUP_POLICY_KEY, value: policy }),
      }))
      return policy
    },

    async create(sink, options) {
      if (options.reason === 'manual') manage()
      else if (!(await readPolicy()).auto) throw new Error('backup: automatic backups are off')
      // Nothing is written through this window's audit log meanwhile: the rows and the chain in the
      // file agree (a row changed between its table and the audit table would read as rolled back).
      const written = await audit.exclusive(async () =>
        writeBackup({
          db,
          keyring: session.keyring,
          recovery: await recoveryMaterialOf(db),
          accounts: await accountsOf(db),
          appVersion: options.appVersion,
          sink,
          now: now(),
          onProgress: options.onProgress,
          signal: options.signal,
        }),
      )
      const last: LastBackup = {
        at: written.createdAt,
        name: written.name,
        size: written.size,
        where: options.where,
      }
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'backup.create',
          target: { type: 'backup', id: written.backupId },
          // Sizes and counts only: the audit log is not the place for what the backup holds.
          details: { reason: options.reason, size: written.size, chunks: written.chunks },
        },
        write: () => db.settings.put({ key: LAST_BACKUP_KEY, value: last }),
      }))
      return written
    },

    recordRestore: (backupCreatedAt) =>
      audit.append(
        access.actor,
        'backup.restore',
        { type: 'backup', id: '' },
        {
          backupCreatedAt: backupCreatedAt.slice(0, 40),
        },
      ),

    async exportReadable(sink, options) {
      manage()
      let via: 'password' | 'recovery-key'
      try {
        via = await confirmIdentity(db, access.actor.id, options.proof)
      } catch (error) {
        await sink.abort().catch(() => undefined)
        throw error
      }
      const written = await writeWorkspaceExport({
        db,
        codec: createEncryptingCodec(session.keyring.data, WORKSPACE_KID),
        sink,
        now: now(),
        appVersion: options.appVersion,
        schemaVersion: SCHEMA_VERSION,
        onProgress: options.onProgress,
        signal: options.signal,
      })
      await audit.append(
        access.actor,
        'backup.export',
        { type: 'backup', id: '' },
        { via, cases: written.cases, files: written.files, size: written.size },
      )
      return written
    },

    async verify(source, onProgress) {
      manage()
      const result = await verifyBackup(
        source,
        { kind: 'session', keyring: session.keyring },
        SCHEMA_VERSION,
        onProgress,
      )
      await audit.append(
        access.actor,
        'backup.verify',
        { type: 'backup', id: source.name.slice(0, 120) },
        {
          ok: result.ok,
          ...(result.ok ? {} : { problem: result.problem.code }),
        },
      )
      return result
    },
  }
}
