/** Reading agreements back: versions, drawn signatures, the issued PDF, and verifying any PDF. */
import { agreementFileName, type Agreement } from '../../../domain/documents/agreement'

/** One entry of the 待盖章 queue: a signed version, sealed or not yet. */
export interface AwaitingSeal {
  id: string
  caseId: string
  caseNo: string
  version: number
  /** The seal is on; only 确认生效 is left. */
  sealed: boolean
  handedOver: Agreement['handedOver']
  updatedAt: string
}
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { AGREEMENT_KIND, openFile, pdfFileId, rowToAgreement, signatureFileId } from './agreement-rows'
import type { AgreementTable } from './agreement-table'
import { judgePdf, type AgreementVerdict } from './agreement-verify'
import { refuse, type AgreementContext } from './context'
import { issuerSealOf } from './issuer-seal'

export function createAgreementReading(ctx: AgreementContext, table: AgreementTable) {
  const { db, codec, audit, access, store, need, needPort, target } = ctx
  const { load, versionRows } = table

  return {
    /** Every version of a case's agreement, oldest first. */
    async list(caseId: string): Promise<Agreement[]> {
      need('case:read')
      const rows = (await versionRows(caseId)).sort((a, b) => a.version - b.version)
      return Promise.all(rows.map((r) => rowToAgreement(codec, r)))
    },

    async get(id: string): Promise<Agreement> {
      need('case:read')
      return (await load(id)).agreement
    },

    /**
     * The versions waiting for the seal or for 确认生效 (待盖章): every signed one, through the
     * `[status+updatedAt]` index — one range, oldest first, never a scan of all documents. For
     * those who may seal.
     */
    async awaitingSeal(): Promise<AwaitingSeal[]> {
      need('seal:apply')
      const rows = await db.documents
        .where('[status+updatedAt]')
        .between(['signed', ''], ['signed', '\uffff'], true, true)
        .toArray()
      const list = await Promise.all(
        rows.filter((r) => r.kind === AGREEMENT_KIND).map((r) => rowToAgreement(codec, r)),
      )
      return list.map((a) => ({
        id: a.id,
        caseId: a.caseId,
        caseNo: a.caseNo,
        version: a.version,
        sealed: a.seal !== null,
        handedOver: a.handedOver,
        updatedAt: a.updatedAt,
      }))
    },

    /**
     * The seal this version would be stamped with — its issuing body's name (null when that body no
     * longer works here) and seal image (null until imported) — for the seal step to show first.
     */
    async sealFor(id: string): Promise<{ bodyName: string | null; image: Uint8Array | null }> {
      need('seal:apply')
      const { agreement } = await load(id)
      const { body, seal } = await issuerSealOf(db, store, agreement)
      return { bodyName: body?.name ?? null, image: seal?.png ?? null }
    },

    /** A drawn signature's PNG, for showing it back on the signing screen. */
    async signatureImage(id: string, slotId: string): Promise<Uint8Array | null> {
      need('case:read')
      const file = await db.documentFiles.get(signatureFileId(id, slotId))
      return file ? openFile(codec, file) : null
    },

    /** The issued (signed) PDF of a version that took effect. Opening it is audited. */
    async effectivePdf(id: string): Promise<{ name: string; data: Uint8Array }> {
      need('case:read')
      const { agreement } = await load(id)
      const file = await db.documentFiles.get(pdfFileId(id))
      if (!file) return refuse(SIGNING_MSG.notFound)
      const data = await openFile(codec, file)
      await audit.append(access.actor, 'agreement.download', target(agreement), {
        caseNo: agreement.caseNo,
        version: agreement.version,
      })
      return { name: agreementFileName(agreement.caseNo, agreement.version), data }
    },

    /** Any PDF: issued here and in force, superseded, altered after signing, or not ours. */
    async verify(pdf: Uint8Array): Promise<AgreementVerdict> {
      need('case:read')
      const facts = await needPort().inspect(pdf)
      const identity = await store.readIdentity()
      const known = new Set(
        identity ? [identity.current.fingerprint, ...identity.former.map((f) => f.fingerprint)] : [],
      )
      const verdict = await judgePdf(db, facts, known, async (docId) => {
        const a = (await load(docId)).agreement
        return {
          caseNo: a.caseNo,
          version: a.version,
          status: a.status,
          effectiveAt: a.effectiveAt ?? '',
          supersededBy: a.supersededBy ? { version: a.supersededBy.version, at: a.supersededBy.at } : null,
        }
      })
      await audit.append(
        access.actor,
        'document.verify',
        { type: 'document', id: '' },
        { verdict: verdict.verdict, sha256: verdict.sha256 },
      )
      return verdict
    },
  }
}
