/**
 * 调解协议书 as signed, sealed, versioned documents (DOMAIN.md "Documents"; 人民调解法 Art. 29).
 * A version is drawn up from the case's latest written agreement record, collects a signature per
 * slot (drawn images, or an attested seal or fingerprint on the paper copy), the issuing body's seal
 * (administrators and judicial-office staff only), and takes effect only when nothing Art. 29
 * requires is missing. Taking effect renders the PDF (the caller's renderer), signs it with PAdES
 * under the organisation's certificate, stores it sealed with its SHA-256, starts the 司法确认
 * clock on the case, and closes the version for good. A correction is a new version with a reason;
 * the old one stays, marked superseded once the correction takes effect. Every step is audited.
 */
import { requirePermission, type Permission, type Role } from '../../../domain/auth/roles'
import type { Agreement } from '../../../domain/documents/agreement'
import type { SignatureInput } from '../../../domain/documents/agreement-lifecycle'
import type { Actor, AuditLog } from '../../audit/audit-log'
import type { RecordCodec } from '../../codec/codec'
import type { MediationDb } from '../../schema'
import { createAgreementEffective, type AgreementRenderer } from './agreement-effective'
import { createAgreementReading } from './agreement-reading'
import { createAgreementSignatures } from './agreement-signatures'
import { createAgreementTable } from './agreement-table'
import type { AgreementVerdict } from './agreement-verify'
import type { AwaitingSeal } from './agreement-reading'
import { createAgreementVersions } from './agreement-versions'
import type { AgreementContext } from './context'
import type { OrgIdentityStore } from './org-identity'
import { SigningUnavailableError, type SigningPort } from './signing-port'
import { makeDeadlinesOf, makeDueDateOf } from '../cases/case-deadlines'
import type { SettingsRepository } from '../settings-repository'
import { newRowId } from '../../row-ids'

export type { AgreementRenderer, AgreementRenderInput } from './agreement-effective'
export type { AgreementVerdict } from './agreement-verify'
export type { AwaitingSeal } from './agreement-reading'

/** 调解协议书 versions of a case: drawn up, signed, sealed, made effective, corrected. */
export interface AgreementRepository {
  /** Every version of a case's agreement, oldest first. */
  list(caseId: string): Promise<Agreement[]>
  get(id: string): Promise<Agreement>
  /** 待盖章: signed versions waiting for the seal or for 确认生效, oldest first (those who may seal). */
  awaitingSeal(): Promise<AwaitingSeal[]>
  /** The issuing body whose seal this version takes, and that seal's image (null until imported). */
  sealFor(id: string): Promise<{ bodyName: string | null; image: Uint8Array | null }>
  /** A drawn signature's PNG, for showing it back on the signing screen. */
  signatureImage(id: string, slotId: string): Promise<Uint8Array | null>
  /** The issued (signed) PDF of a version that took effect. Opening it is audited. */
  effectivePdf(id: string): Promise<{ name: string; data: Uint8Array }>
  /** Any PDF: issued here and in force, superseded, altered after signing, or not ours. */
  verify(pdf: Uint8Array): Promise<AgreementVerdict>
  /** The first version, from the case's latest written agreement record. */
  createDraft(caseId: string): Promise<Agreement>
  /** A correction: a new draft version carrying the reason. */
  supersede(id: string, reason: string): Promise<Agreement>
  /** Puts a signature in a slot: a drawn PNG for 签名, an attestation for 盖章 or 按指印. */
  addSignature(id: string, input: SignatureInput & { image?: Uint8Array | null }): Promise<Agreement>
  /** Clears a signature so it can be taken again: only while the version is a draft. */
  removeSignature(id: string, slotId: string): Promise<Agreement>
  /** Hands a signed, unsealed version over to those who may seal (待盖章). */
  handOver(id: string): Promise<Agreement>
  /** The seal of the body the case issues under (admin and judicial-office roles only). */
  applySeal(id: string): Promise<Agreement>
  /** Takes effect: renders, PAdES-signs and stores the PDF, starts the 司法确认 clock (case:update or seal:apply). */
  makeEffective(id: string, render: AgreementRenderer): Promise<Agreement>
}

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

export function createAgreementRepository(deps: AgreementDeps): AgreementRepository {
  const now = deps.now ?? (() => new Date())
  const ctx: AgreementContext = {
    db: deps.db,
    codec: deps.codec,
    audit: deps.audit,
    access: deps.access,
    actorName: deps.actorName,
    store: deps.store,
    now,
    newId: deps.newId ?? newRowId,
    need: (p: Permission) => requirePermission(deps.access.roles, p),
    dueDateOf: makeDueDateOf(makeDeadlinesOf(deps.settings, now)),
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
