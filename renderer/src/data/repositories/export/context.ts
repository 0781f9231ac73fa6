/** What the pieces of the export and district repositories share. */
import { requirePermission, type Permission, type Role } from '../../../domain/auth/roles'
import { openBundle, type BundleOpener } from '../../../domain/export/bundle-session'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { MediationDb } from '../../schema'
import type { OrgIdentityStore } from '../agreements/org-identity'

export interface ExportDeps {
  db: MediationDb
  codec: RecordCodec
  /** The workspace's blind-index key: the organisation's pseudonym key is derived from it. */
  indexKey: CryptoKey
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  /** The organisation's signing identity (vault): its key signs bundle manifests and never leaves this layer. */
  identity: OrgIdentityStore | null
  now?: () => Date
  newId?: () => string
  /**
   * How the district opens a bundle: here on the caller's thread unless the app hands in its Web
   * Worker opener (platform/bundle-reader), which runs the same reading code off the main thread.
   */
  openBundle?: BundleOpener
}

export interface ExportContext extends Required<ExportDeps> {
  need: (...permissions: Permission[]) => void
}

export function exportContext(deps: ExportDeps): ExportContext {
  return {
    ...deps,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => crypto.randomUUID()),
    openBundle: deps.openBundle ?? openBundle,
    need: (...permissions) => permissions.forEach((p) => requirePermission(deps.access.roles, p)),
  }
}
