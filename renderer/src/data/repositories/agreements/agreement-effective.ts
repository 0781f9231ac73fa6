/** Taking effect: render, PAdES-sign and store the PDF, start the 司法确认 clock, supersede the corrected one. */
import type { AuditHead } from '../../../domain/audit/printed-head'
import { can } from '../../../domain/auth/roles'
import { signatureReason, type Agreement } from '../../../domain/documents/agreement'
import { AgreementNotReadyError, checkMakeEffective } from '../../../domain/documents/agreement-lifecycle'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { todayIso } from '../../../domain/shared/dates'
import { toHex } from '../../crypto/bytes'
import { pdfFileId, sealFile } from './agreement-rows'
import type { AgreementTable } from './agreement-table'
import { refuse, type AgreementContext } from './context'

/** What the caller's renderer gets to draw the effective agreement: the version and its images. */
export interface AgreementRenderInput {
  agreement: Agreement
  /** PNG bytes of each drawn signature, by slot id. */
  signatureImages: Record<string, Uint8Array>
  /** The committee's seal as it was when applied. */
  sealImage: Uint8Array | null
  effectiveAt: string
  /**
   * The audit chain's head when it took effect (the entry before its own): printed on the paper, so
   * the chain can later be held to it — a log cut back or re-chained below it no longer matches.
   */
  auditHead: AuditHead
}
export type AgreementRenderer = (input: AgreementRenderInput) => Promise<Uint8Array>

export function createAgreementEffective(ctx: AgreementContext, table: AgreementTable) {
  const { db, codec, audit, access, store, now, need, dueDateOf, needPort, target } = ctx
  const { load, toRow, expectUnchanged, imagesOf } = table

  return {
    /**
     * Takes effect: refused with exactly what is missing (AgreementNotReadyError) while any required
     * signature or the seal is; otherwise renders, PAdES-signs and stores the PDF, records its SHA-256
     * (here and in the audit log), starts the case's 司法确认 clock, and supersedes the version this
     * one corrects.
     */
    async makeEffective(id: string, render: AgreementRenderer): Promise<Agreement> {
      // Whoever puts on the last missing element may make it effective: the mediator after the
      // signatures, or the one who applied the seal (an administrator too).
      if (!can(access.roles, 'seal:apply')) need('case:update')
      const port = needPort()
      const { row, agreement } = await load(id)
      const check = checkMakeEffective(agreement)
      if (Array.isArray(check)) throw new AgreementNotReadyError(check)
      if (check) refuse(check)
      const identity = (await store.readIdentity()) ?? refuse(SIGNING_MSG.noIdentity)
      const effectiveDate = now()
      const effectiveAt = effectiveDate.toISOString()
      const pending: Agreement = { ...agreement, effectiveAt }
      const auditHead = await audit.head()
      const unsigned = await render({
        agreement: pending,
        ...(await imagesOf(agreement)),
        effectiveAt,
        auditHead,
      })
      const signed = await port.sign(unsigned, identity.current, {
        reason: signatureReason(agreement.caseNo, agreement.version),
        location: agreement.snapshot.organisation.region,
        name: agreement.snapshot.organisation.name,
        signingTime: effectiveDate,
      })
      const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(signed))))
      const next: Agreement = { ...pending, status: 'effective', sha256, updatedAt: effectiveAt }
      const nextRow = await toRow(next)
      const pdf = await sealFile(codec, pdfFileId(id), id, signed)
      const previous = agreement.supersedes ? await load(agreement.supersedes.id) : null
      const previousRow = previous
        ? await toRow({
            ...previous.agreement,
            status: 'superseded',
            updatedAt: effectiveAt,
            supersededBy: { id, version: agreement.version, at: effectiveAt },
          })
        : null
      const caseRow = await db.cases.get(agreement.caseId)
      const events = { ...caseRow?.events, 'agreement-effective': todayIso(effectiveDate) }
      const dueDate = caseRow ? await dueDateOf({ ...caseRow, events }) : ''
      await audit.commit([db.documents, db.documentFiles, db.cases], async () => ({
        entry: {
          actor: access.actor,
          action: 'agreement.effective',
          target: target(next),
          details: {
            caseNo: next.caseNo,
            version: next.version,
            sha256,
            printedAuditSeq: auditHead.seq,
            ...(previous ? { supersedes: previous.agreement.version } : {}),
          },
        },
        write: async () => {
          await expectUnchanged(row)
          if (previous) await expectUnchanged(previous.row)
          await db.documents.put(nextRow)
          if (previousRow) await db.documents.put(previousRow)
          await db.documentFiles.put(pdf)
          const current = await db.cases.get(agreement.caseId)
          if (current) {
            await db.cases.update(agreement.caseId, {
              events: { ...current.events, 'agreement-effective': todayIso(effectiveDate) },
              dueDate,
              updatedAt: effectiveAt,
            })
          }
        },
      }))
      return next
    },
  }
}
