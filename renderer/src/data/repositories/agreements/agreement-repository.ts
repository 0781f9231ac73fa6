/**
 * 调解协议书 as signed, sealed, versioned documents (DOMAIN.md "Documents"; 人民调解法 Art. 29).
 * A version is drawn up from the case's latest written agreement record, collects a signature per
 * slot (drawn images, or an attested seal or fingerprint on the paper copy), the committee's seal
 * (administrators and judicial-office staff only), and takes effect only when nothing Art. 29
 * requires is missing. Taking effect renders the PDF (the caller's renderer), signs it with PAdES
 * under the organisation's certificate, stores it sealed with its SHA-256, starts the 司法确认
 * clock on the case, and closes the version for good. A correction is a new version with a reason;
 * the old one stays, marked superseded once the correction takes effect. Every step is audited.
 */
import { requirePermission, type Permission, type Role } from '../../../domain/auth/roles'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { MediationDb } from '../../schema'
import { createAgreementEffective } from './agreement-effective'
import { createAgreementReading } from './agreement-reading'
import { createAgreementSignatures } from './agreement-signatures'
import { createAgreementTable } from './agreement-table'
import { createAgreementVersions } from './agreement-versions'
import type { AgreementContext } from './context'
import type { OrgIdentityStore } from './org-identity'
import { SigningUnavailableError, type SigningPort } from './signing-port'
import { makeDueDateOf } from '../cases/case-deadlines'
import type { SettingsRepository } from '../settings-repository'

export type { AgreementRenderer, AgreementRenderInput } from './agreement-effective'
export type { AgreementVerdict } from './agreement-verify'

export interface AgreementDeps {
  db: MediationDb
  codec: RecordCodec
  audit: AuditLog
  access: { roles: readonly Role[]; actor: Actor }
  /** The acting user's display name, written beside the seal they apply. */
  actorName: string
  store: OrgIdentityStore
  settings: SettingsRepository
  port?: SigningPort
  now?: () => Date
  newId?: () => string
}

export function createAgreementRepository(deps: AgreementDeps) {
  const now = deps.now ?? (() => new Date())
  const ctx: AgreementContext = {
    db: deps.db,
    codec: deps.codec,
    audit: deps.audit,
    access: deps.access,
    actorName: deps.actorName,
    store: deps.store,
    now,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    need: (p: Permission) => requirePermission(deps.access.roles, p),
    dueDateOf: makeDueDateOf(deps.settings, now),
    needPort: () => {
      if (!deps.port) throw new SigningUnavailableError()
      return deps.port
    },
    target: (a) => ({ type: 'document', id: a.id }),
  }
  const table = createAgreementTable(ctx)

  return {
    ...createAgreementReading(ctx, table),
    ...createAgreementVersions(ctx, table),
    ...createAgreementSignatures(ctx, table),
    ...createAgreementEffective(ctx, table),
  }
}

export type AgreementRepository = ReturnType<typeof createAgreementRepository>
