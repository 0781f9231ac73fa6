/** Storing agreement versions: load, number new ones, refuse a commit after a concurrent change. */
import { signatureSlots, type Agreement } from '../../../domain/documents/agreement'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import type { SealedBody } from '../../codec/codec'
import { toHex } from '../../crypto/bytes'
import type { DocumentFileRow, DocumentRow } from '../../schema'
import {
  AGREEMENT_KIND,
  agreementToBody,
  DOCUMENTS,
  openFile,
  rowToAgreement,
  sealFileId,
  signatureFileId,
} from './agreement-rows'
import { snapshotOfCase } from './agreement-snapshot'
import { refuse, type AgreementContext } from './context'
import { CommitConflict, type EntrySpec } from '../../audit/audit-log'

/** Bodies are sealed with a fresh IV each time: an equal IV means nobody wrote in between. */
const sameBody = (a: SealedBody, b: SealedBody) =>
  a.alg === 'A256GCM' && b.alg === 'A256GCM'
    ? toHex(a.iv) === toHex(b.iv)
    : JSON.stringify(a) === JSON.stringify(b)

export function createAgreementTable(ctx: AgreementContext) {
  const { db, codec, access, now, newId } = ctx

  async function load(id: string): Promise<{ row: DocumentRow; agreement: Agreement }> {
    const row = await db.documents.get(id)
    if (!row || row.kind !== AGREEMENT_KIND) return refuse(SIGNING_MSG.notFound)
    return { row, agreement: await rowToAgreement(codec, row) }
  }

  const versionRows = (caseId: string) =>
    db.documents
      .where('[caseId+kind+version]')
      .between([caseId, AGREEMENT_KIND, 0], [caseId, AGREEMENT_KIND, Number.MAX_SAFE_INTEGER], true, true)
      .toArray()

  const toRow = async (a: Agreement): Promise<DocumentRow> => ({
    id: a.id,
    caseId: a.caseId,
    kind: AGREEMENT_KIND,
    version: a.version,
    status: a.status,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    sha256: a.sha256,
    body: await codec.seal(DOCUMENTS, a.id, agreementToBody(a)),
  })

  /** Inside a transaction: refuses when the stored row changed since it was read. */
  async function expectUnchanged(before: DocumentRow): Promise<void> {
    const current = await db.documents.get(before.id)
    if (!current || !sameBody(current.body, before.body)) refuse(SIGNING_MSG.changedMeanwhile)
  }

  /** The next state of a version, its files, and the entry saying what happened: one transaction. */
  async function commit(
    before: DocumentRow,
    next: Agreement,
    files: { put?: DocumentFileRow[]; remove?: string[] },
    entry: EntrySpec,
  ): Promise<Agreement> {
    const row = await toRow(next)
    await ctx.audit.commit([db.documents, db.documentFiles], async () => ({
      entry,
      write: async () => {
        await expectUnchanged(before)
        await db.documents.put(row)
        if (files.put?.length) await db.documentFiles.bulkPut(files.put)
        if (files.remove?.length) await db.documentFiles.bulkDelete(files.remove)
      },
    }))
    return next
  }

  /**
   * A new draft version of a case's agreement; `check` refuses on the versions that exist. `entryOf`
   * says what to record of the new version (its number is known before it is stored).
   */
  async function addVersion(
    caseId: string,
    supersedes: Agreement['supersedes'],
    check: (versions: DocumentRow[]) => void,
    entryOf: (draft: Agreement) => EntrySpec,
  ): Promise<Agreement> {
    check(await versionRows(caseId))
    const { snapshot } = await snapshotOfCase(db, codec, caseId)
    const at = now().toISOString()
    const draft: Agreement = {
      id: newId(),
      caseId,
      caseNo: snapshot.case.caseNo,
      version: 0,
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      createdById: access.actor.id,
      snapshot,
      slots: signatureSlots(
        snapshot.case.parties,
        snapshot.mediator.name,
        (snapshot.coMediators ?? []).map((m) => m.name),
      ),
      signatures: [],
      seal: null,
      handedOver: null,
      effectiveAt: null,
      sha256: '',
      supersedes,
      supersededBy: null,
    }
    const row = await toRow(draft)
    const nextVersion = (versions: DocumentRow[]) => Math.max(0, ...versions.map((v) => v.version)) + 1
    // The version number is taken inside the transaction, so two windows never give the same one;
    // the entry names it, so it is read before, and all is prepared again if it moved meanwhile.
    return ctx.audit.commit([db.documents], async () => {
      const expected = nextVersion(await versionRows(caseId))
      const made = { ...draft, version: expected }
      return {
        entry: entryOf(made),
        write: async () => {
          const versions = await versionRows(caseId)
          check(versions)
          if (nextVersion(versions) !== expected) throw new CommitConflict()
          await db.documents.add({ ...row, version: expected })
          return made
        },
      }
    })
  }

  async function imagesOf(a: Agreement) {
    const signatureImages: Record<string, Uint8Array> = {}
    for (const s of a.signatures) {
      const file = await db.documentFiles.get(signatureFileId(a.id, s.slotId))
      if (file) signatureImages[s.slotId] = await openFile(codec, file)
    }
    const sealRow = a.seal ? await db.documentFiles.get(sealFileId(a.id)) : undefined
    return { signatureImages, sealImage: sealRow ? await openFile(codec, sealRow) : null }
  }

  return { load, versionRows, toRow, expectUnchanged, commit, addVersion, imagesOf }
}

export type AgreementTable = ReturnType<typeof createAgreementTable>
