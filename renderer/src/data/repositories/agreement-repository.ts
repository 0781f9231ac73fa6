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
import { z } from 'zod'
import { requirePermission, type Permission, type Role } from '../../domain/auth/roles'
import {
  agreementFileName,
  signatureReason,
  signatureSlots,
  type Agreement,
} from '../../domain/documents/agreement'
import {
  AgreementNotReadyError,
  checkAddSignature,
  checkApplySeal,
  checkMakeEffective,
  checkRemoveSignature,
  checkSupersede,
  signerNameFor,
  statusAfterSigning,
  type SignatureInput,
} from '../../domain/documents/agreement-lifecycle'
import { checkSignatureImage } from '../../domain/documents/png-image'
import { SIGNING_MSG } from '../../domain/documents/signing-messages'
import { todayIso } from '../../domain/shared/dates'
import { parseOrThrow, ValidationError } from '../../domain/shared/errors'
import { MSG } from '../../domain/shared/messages'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { RecordCodec, SealedBody } from '../codec/codec'
import { toHex } from '../crypto/bytes'
import type { DocumentFileRow, DocumentRow, MediationDb } from '../schema'
import {
  AGREEMENT_KIND,
  agreementToBody,
  DOCUMENTS,
  openFile,
  pdfFileId,
  rowToAgreement,
  sealFile,
  sealFileId,
  signatureFileId,
} from './agreements/agreement-rows'
import { snapshotOfCase } from './agreements/agreement-snapshot'
import { judgePdf, type AgreementVerdict } from './agreements/agreement-verify'
import type { OrgIdentityStore } from './agreements/org-identity'
import { SigningUnavailableError, type SigningPort } from './agreements/signing-port'
import { makeDueDateOf } from './cases/case-deadlines'
import type { SettingsRepository } from './settings-repository'

export type { AgreementVerdict } from './agreements/agreement-verify'

/** What the caller's renderer gets to draw the effective agreement: the version and its images. */
export interface AgreementRenderInput {
  agreement: Agreement
  /** PNG bytes of each drawn signature, by slot id. */
  signatureImages: Record<string, Uint8Array>
  /** The committee's seal as it was when applied. */
  sealImage: Uint8Array | null
  effectiveAt: string
}
export type AgreementRenderer = (input: AgreementRenderInput) => Promise<Uint8Array>

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

const reasonSchema = z.string().trim().min(1, MSG.required).max(1000, MSG.tooLong)
const OPEN_STATUSES = new Set(['draft', 'signed'])

const refuse = (message: string, path = 'agreement'): never => {
  throw new ValidationError([{ path, message }])
}

/** Bodies are sealed with a fresh IV each time: an equal IV means nobody wrote in between. */
const sameBody = (a: SealedBody, b: SealedBody) =>
  a.alg === 'A256GCM' && b.alg === 'A256GCM'
    ? toHex(a.iv) === toHex(b.iv)
    : JSON.stringify(a) === JSON.stringify(b)

export function createAgreementRepository(deps: AgreementDeps) {
  const { db, codec, audit, access, store, settings } = deps
  const now = deps.now ?? (() => new Date())
  const newId = deps.newId ?? (() => crypto.randomUUID())
  const need = (p: Permission) => requirePermission(access.roles, p)
  const dueDateOf = makeDueDateOf(settings, now)
  const target = (a: { id: string }) => ({ type: 'document', id: a.id })
  const needPort = (): SigningPort => {
    if (!deps.port) throw new SigningUnavailableError()
    return deps.port
  }

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

  async function commit(
    before: DocumentRow,
    next: Agreement,
    files: { put?: DocumentFileRow[]; remove?: string[] } = {},
  ): Promise<Agreement> {
    const row = await toRow(next)
    await db.transaction('rw', db.documents, db.documentFiles, async () => {
      await expectUnchanged(before)
      await db.documents.put(row)
      if (files.put?.length) await db.documentFiles.bulkPut(files.put)
      if (files.remove?.length) await db.documentFiles.bulkDelete(files.remove)
    })
    return next
  }

  /** A new draft version of a case's agreement; `check` refuses on the versions that exist. */
  async function addVersion(
    caseId: string,
    supersedes: Agreement['supersedes'],
    check: (versions: DocumentRow[]) => void,
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
      slots: signatureSlots(snapshot.case.parties, snapshot.mediator.name),
      signatures: [],
      seal: null,
      effectiveAt: null,
      sha256: '',
      supersedes,
      supersededBy: null,
    }
    const row = await toRow(draft)
    // The version number is taken inside the transaction, so two windows never give the same one.
    const version = await db.transaction('rw', db.documents, async () => {
      const versions = await versionRows(caseId)
      check(versions)
      const next = Math.max(0, ...versions.map((v) => v.version)) + 1
      await db.documents.add({ ...row, version: next })
      return next
    })
    return { ...draft, version }
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

    /** A drawn signature's PNG, for showing it back on the signing screen. */
    async signatureImage(id: string, slotId: string): Promise<Uint8Array | null> {
      need('case:read')
      const file = await db.documentFiles.get(signatureFileId(id, slotId))
      return file ? openFile(codec, file) : null
    },

    /** The first version, from the case's latest written agreement record. Later ones are corrections. */
    async createDraft(caseId: string): Promise<Agreement> {
      need('case:update')
      const draft = await addVersion(caseId, null, (versions) => {
        if (versions.some((v) => OPEN_STATUSES.has(v.status))) refuse(SIGNING_MSG.openVersionExists)
        if (versions.some((v) => v.status === 'effective')) refuse(SIGNING_MSG.useCorrection)
      })
      await audit.append(access.actor, 'agreement.create', target(draft), {
        caseNo: draft.caseNo,
        version: draft.version,
      })
      return draft
    },

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
      await commit(row, next, { put })
      const slot = agreement.slots.find((s) => s.id === input.slotId)
      await audit.append(access.actor, 'agreement.sign', target(next), {
        caseNo: next.caseNo,
        version: next.version,
        slot: slot?.kind ?? '',
        signer: input.signerRole,
        method: input.method,
        status: next.status,
      })
      return next
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
      await commit(row, next, { remove: [signatureFileId(id, slotId)] })
      const slot = agreement.slots.find((s) => s.id === slotId)
      await audit.append(access.actor, 'agreement.unsign', target(next), {
        caseNo: next.caseNo,
        version: next.version,
        slot: slot?.kind ?? '',
      })
      return next
    },

    /** The committee's seal, as imported by an administrator. Only admin and judicial-office roles; audited. */
    async applySeal(id: string): Promise<Agreement> {
      need('seal:apply')
      const { row, agreement } = await load(id)
      const problem = checkApplySeal(agreement)
      if (problem) refuse(problem)
      const seal = (await store.readSeal()) ?? refuse(SIGNING_MSG.noSealImage)
      const at = now().toISOString()
      const next: Agreement = {
        ...agreement,
        updatedAt: at,
        seal: { appliedAt: at, appliedById: access.actor.id, appliedByName: deps.actorName },
      }
      // The image is copied into the version, so a later change of seal leaves this one as it was.
      await commit(row, next, { put: [await sealFile(codec, sealFileId(id), id, seal.png)] })
      await audit.append(access.actor, 'seal.apply', target(next), {
        caseNo: next.caseNo,
        version: next.version,
      })
      return next
    },

    /**
     * Takes effect: refused with exactly what is missing (AgreementNotReadyError) while any required
     * signature or the seal is; otherwise renders, PAdES-signs and stores the PDF, records its SHA-256
     * (here and in the audit log), starts the case's 司法确认 clock, and supersedes the version this
     * one corrects.
     */
    async makeEffective(id: string, render: AgreementRenderer): Promise<Agreement> {
      need('case:update')
      const port = needPort()
      const { row, agreement } = await load(id)
      const check = checkMakeEffective(agreement)
      if (Array.isArray(check)) throw new AgreementNotReadyError(check)
      if (check) refuse(check)
      const identity = (await store.readIdentity()) ?? refuse(SIGNING_MSG.noIdentity)
      const effectiveDate = now()
      const effectiveAt = effectiveDate.toISOString()
      const pending: Agreement = { ...agreement, effectiveAt }
      const unsigned = await render({ agreement: pending, ...(await imagesOf(agreement)), effectiveAt })
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
      await db.transaction('rw', [db.documents, db.documentFiles, db.cases], async () => {
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
      })
      await audit.append(access.actor, 'agreement.effective', target(next), {
        caseNo: next.caseNo,
        version: next.version,
        sha256,
        ...(previous ? { supersedes: previous.agreement.version } : {}),
      })
      return next
    },

    /**
     * A correction: a new draft version from the case's latest agreement record, carrying the reason.
     * The version it corrects stays in effect (and readable) until the correction takes effect.
     */
    async supersede(id: string, reason: unknown): Promise<Agreement> {
      need('case:update')
      const why = parseOrThrow(reasonSchema, reason)
      const { agreement } = await load(id)
      const draft = await addVersion(
        agreement.caseId,
        { id, version: agreement.version, reason: why },
        (versions) => {
          const open = versions.some((v) => OPEN_STATUSES.has(v.status))
          const current = versions.find((v) => v.id === id)
          const problem = checkSupersede({ status: current?.status ?? agreement.status }, open)
          if (problem) refuse(problem)
        },
      )
      await audit.append(access.actor, 'agreement.supersede', target(draft), {
        caseNo: draft.caseNo,
        from: agreement.version,
        to: draft.version,
      })
      return draft
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

export type AgreementRepository = ReturnType<typeof createAgreementRepository>
