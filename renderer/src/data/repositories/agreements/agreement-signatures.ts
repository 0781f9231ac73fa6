/** Collecting a draft's signatures (drawn or attested on paper) and the issuing body's seal. */
import type { Agreement } from '../../../domain/documents/agreement'
import {
  checkAddSignature,
  checkApplySeal,
  checkHandOver,
  checkRemoveSignature,
  signerNameFor,
  statusAfterSigning,
  type SignatureInput,
} from '../../../domain/documents/agreement-lifecycle'
import { checkSignatureImage } from '../../../domain/documents/png-image'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { sealFile, sealFileId, signatureFileId } from './agreement-rows'
import { issuerSealOf } from './issuer-seal'
import type { AgreementTable } from './agreement-table'
import { refuse, type AgreementContext } from './context'

export function createAgreementSignatures(ctx: AgreementContext, table: AgreementTable) {
  const { db, codec, access, store, now, need, target } = ctx
  const { load, commit } = table

  return {
    /**
     * Puts a signature in a slot: a drawn PNG for 签名, an attestation for 盖章 or 按指印 made on the
     * paper copy. The last required signature makes the draft "signed" (locked).
     */
    async addSignature(
      id: string,
      input: SignatureInput & { image?: Uint8Array | null },
    ): Promise<Agreement> {
      need('case:update')
      const { row, agreement } = await load(id)
      const problem = checkAddSignature(agreement, input)
      if (problem) refuse(problem, 'slotId')
      const image = input.method === 'signature' ? input.image : null
      if (input.method === 'signature') {
        if (!image) return refuse(SIGNING_MSG.signatureMissingImage, 'image')
        checkSignatureImage(image)
      }
      const at = now().toISOString()
      const withSignature: Agreement = {
        ...agreement,
        updatedAt: at,
        signatures: [
          ...agreement.signatures,
          {
            slotId: input.slotId,
            signerRole: input.signerRole,
            signerName: signerNameFor(agreement, input),
            method: input.method,
            signedAt: at,
            recordedById: access.actor.id,
          },
        ],
      }
      const next = { ...withSignature, status: statusAfterSigning(withSignature) }
      const put = image ? [await sealFile(codec, signatureFileId(id, input.slotId), id, image)] : []
      const slot = agreement.slots.find((s) => s.id === input.slotId)
      return commit(
        row,
        next,
        { put },
        {
          actor: access.actor,
          action: 'agreement.sign',
          target: target(next),
          details: {
            caseNo: next.caseNo,
            version: next.version,
            slot: slot?.kind ?? '',
            signer: input.signerRole,
            method: input.method,
            status: next.status,
          },
        },
      )
    },

    /** Clears a signature so it can be taken again: only while the version is a draft. */
    async removeSignature(id: string, slotId: string): Promise<Agreement> {
      need('case:update')
      const { row, agreement } = await load(id)
      const problem = checkRemoveSignature(agreement, slotId)
      if (problem) refuse(problem, 'slotId')
      const next: Agreement = {
        ...agreement,
        updatedAt: now().toISOString(),
        signatures: agreement.signatures.filter((s) => s.slotId !== slotId),
      }
      const slot = agreement.slots.find((s) => s.id === slotId)
      return commit(
        row,
        next,
        { remove: [signatureFileId(id, slotId)] },
        {
          actor: access.actor,
          action: 'agreement.unsign',
          target: target(next),
          details: { caseNo: next.caseNo, version: next.version, slot: slot?.kind ?? '' },
        },
      )
    },

    /**
     * 待盖章: the signed version goes to those who may seal (it shows in their queue, see
     * `awaitingSeal`); the mediator, who may not, says so and who handed it over.
     */
    async handOver(id: string): Promise<Agreement> {
      need('case:update')
      const { row, agreement } = await load(id)
      const problem = checkHandOver(agreement)
      if (problem) refuse(problem)
      const at = now().toISOString()
      const next: Agreement = {
        ...agreement,
        updatedAt: at,
        handedOver: { at, byId: access.actor.id, byName: ctx.actorName },
      }
      return commit(
        row,
        next,
        {},
        {
          actor: access.actor,
          action: 'agreement.handover',
          target: target(next),
          details: { caseNo: next.caseNo, version: next.version },
        },
      )
    },

    /**
     * The seal of the body the case issues under, as imported by an administrator — never another
     * body's in its place. Only admin and judicial-office roles; audited.
     */
    async applySeal(id: string): Promise<Agreement> {
      need('seal:apply')
      const { row, agreement } = await load(id)
      const problem = checkApplySeal(agreement)
      if (problem) refuse(problem)
      const { body, seal: found } = await issuerSealOf(db, store, agreement)
      const seal = found ?? refuse(SIGNING_MSG.noSealImage)
      const at = now().toISOString()
      const next: Agreement = {
        ...agreement,
        updatedAt: at,
        seal: { appliedAt: at, appliedById: access.actor.id, appliedByName: ctx.actorName },
      }
      // The image is copied into the version, so a later change of seal leaves this one as it was.
      return commit(
        row,
        next,
        { put: [await sealFile(codec, sealFileId(id), id, seal.png)] },
        {
          actor: access.actor,
          action: 'seal.apply',
          target: target(next),
          details: { caseNo: next.caseNo, version: next.version, body: body?.id ?? '' },
        },
      )
    },
  }
}
