/**
 * Agreements through the real repositories: real keys, real PDF (the engine's), real PAdES. Taking
 * effect is refused with exactly what is missing; signed versions are locked; only administrators
 * and judicial-office staff apply the seal, and each use is audited; the issued PDF's SHA-256 is
 * recorded with the case and in the audit log; a correction supersedes without erasing; the
 * verification answers valid, superseded, altered, unknown.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  IDENTITY_VAULT_ID,
  SEAL_SETTING_KEY,
} from '../../../renderer/src/data/repositories/agreements/org-identity'
import { PermissionError } from '../../../renderer/src/domain/auth/roles'
import type { Agreement } from '../../../renderer/src/domain/documents/agreement'
import { AgreementNotReadyError } from '../../../renderer/src/domain/documents/agreement-lifecycle'
import { SIGNING_MSG } from '../../../renderer/src/domain/documents/signing-messages'
import { todayIso } from '../../../renderer/src/domain/shared/dates'
import { ValidationError } from '../../../renderer/src/domain/shared/errors'
import { MSG } from '../../../renderer/src/domain/shared/messages'
import { inspectSignedPdf } from '../../../renderer/src/output/signing'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'
import { pdfText } from '../../support/pdf-inspect'
import { makeSignaturePng, makePng } from '../../builders/png'
import { agreement as agreementRecord } from '../../builders/records'

type Ws = Awaited<ReturnType<typeof agreementWorkspace>>

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0]?.message ?? ''
    throw error
  }
  throw new Error('not refused')
}

const auditOf = async (ws: Ws, action: string) =>
  (await ws.admin.audit.list({ page: 0, pageSize: 500 })).items.filter((e) => e.action === action)

describe('an agreement from draft to effective', () => {
  let ws: Ws
  let draft: Agreement
  let effective: Agreement
  let pdf: Uint8Array

  beforeAll(async () => {
    ws = await agreementWorkspace()
    draft = await ws.mediator.agreements.createDraft(ws.case.id)
  }, 60_000)

  it('is drawn up from the case and its agreement record, with a slot per party and the mediator', () => {
    expect(draft).toMatchObject({ version: 1, status: 'draft', caseNo: ws.case.caseNo, sha256: '' })
    expect(draft.slots.map((s) => s.name)).toEqual([...ws.case.parties.map((p) => p.name), '李调解', ''])
    expect(draft.snapshot.record.data.terms[0]?.amountFen).toBe(1_200_000)
  })

  it('a second draft while one is open is refused', async () => {
    expect(await refusal(ws.mediator.agreements.createDraft(ws.case.id))).toBe(SIGNING_MSG.openVersionExists)
  })

  it('taking effect with one signature missing is refused with exactly that signature and the seal', async () => {
    const party = draft.slots[1]
    await signAll(ws.mediator, draft, [party?.id ?? ''])
    const error = await ws.mediator.agreements
      .makeEffective(draft.id, renderAgreement)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AgreementNotReadyError)
    expect((error as AgreementNotReadyError).missing).toEqual([
      { kind: 'signature', slotId: party?.id, slotKind: 'party', name: party?.name },
      { kind: 'seal' },
    ])
    const after = await ws.mediator.agreements.get(draft.id)
    expect(after.status).toBe('draft')
    expect(await ws.db.documentFiles.get(`${draft.id}:pdf`)).toBeUndefined()
  })

  it('a draft signature can be cleared and taken again', async () => {
    const slot = draft.slots[0]?.id ?? ''
    const cleared = await ws.mediator.agreements.removeSignature(draft.id, slot)
    expect(cleared.signatures.some((s) => s.slotId === slot)).toBe(false)
    expect(await ws.mediator.agreements.signatureImage(draft.id, slot)).toBeNull()
    await ws.mediator.agreements.addSignature(draft.id, {
      slotId: slot,
      signerRole: 'party',
      method: 'fingerprint',
    })
  })

  it('a drawn signature must be a PNG', async () => {
    const slot = draft.slots[1]?.id ?? ''
    const role = draft.slots[1]?.signers[0]?.role ?? 'party'
    expect(
      await refusal(
        ws.mediator.agreements.addSignature(draft.id, {
          slotId: slot,
          signerRole: role,
          method: 'signature',
          image: new TextEncoder().encode('not a png'),
        }),
      ),
    ).toBe(SIGNING_MSG.signatureImage)
    expect(
      await refusal(
        ws.mediator.agreements.addSignature(draft.id, {
          slotId: slot,
          signerRole: role,
          method: 'signature',
        }),
      ),
    ).toBe(SIGNING_MSG.signatureMissingImage)
  })

  it('the last required signature locks it (signed): nothing can be cleared any more', async () => {
    const slot = draft.slots[1]
    const signed = await ws.mediator.agreements.addSignature(draft.id, {
      slotId: slot?.id ?? '',
      signerRole: slot?.signers[0]?.role ?? 'party',
      method: 'signature',
      image: makeSignaturePng(7),
    })
    expect(signed.status).toBe('signed')
    expect(await refusal(ws.mediator.agreements.removeSignature(draft.id, slot?.id ?? ''))).toBe(
      SIGNING_MSG.locked,
    )
    const image = await ws.mediator.agreements.signatureImage(draft.id, slot?.id ?? '')
    expect(image?.slice(0, 8)).toEqual(makeSignaturePng(7).slice(0, 8))
  })

  it('mediators and counsellors may not apply the seal', async () => {
    await expect(ws.mediator.agreements.applySeal(draft.id)).rejects.toBeInstanceOf(PermissionError)
    await expect(ws.as(['counsellor']).agreements.applySeal(draft.id)).rejects.toBeInstanceOf(PermissionError)
    expect((await ws.mediator.agreements.get(draft.id)).seal).toBeNull()
  })

  it('judicial-office staff apply it, and the use is audited', async () => {
    const sealed = await ws.judicial.agreements.applySeal(draft.id)
    expect(sealed.seal?.appliedById).toBe('user-judicial')
    expect(await refusal(ws.admin.agreements.applySeal(draft.id))).toBe(SIGNING_MSG.alreadySealed)
    const uses = await auditOf(ws, 'seal.apply')
    expect(uses).toHaveLength(1)
    expect(uses[0]).toMatchObject({
      actorId: 'user-judicial',
      targetId: draft.id,
      details: { caseNo: ws.case.caseNo, version: 1 },
    })
  })

  it('takes effect: a PAdES-signed PDF, its SHA-256 with the case and in the audit log, the 司法确认 clock started', async () => {
    effective = await ws.mediator.agreements.makeEffective(draft.id, renderAgreement)
    expect(effective.status).toBe('effective')
    const file = await ws.mediator.agreements.effectivePdf(draft.id)
    pdf = file.data
    expect(file.name).toBe(`调解协议书${ws.case.caseNo}第1版.pdf`)
    const hex = Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(pdf))).toString('hex')
    expect(effective.sha256).toBe(hex)
    expect((await ws.db.documents.get(draft.id))?.sha256).toBe(hex)
    const facts = await inspectSignedPdf(pdf)
    expect(facts).toMatchObject({
      signed: true,
      digestMatches: true,
      signatureValid: true,
      byteRangeCoversWholeFile: true,
    })
    const logged = await auditOf(ws, 'agreement.effective')
    expect(logged[0]?.details).toMatchObject({ caseNo: ws.case.caseNo, version: 1, sha256: hex })
    // The paper says where the audit chain stood: the entry before its own, by sequence and hash.
    const printedSeq = Number(logged[0]?.details.printedAuditSeq)
    expect(printedSeq).toBe((logged[0]?.seq ?? 0) - 1)
    const head = await ws.db.audit.where('seq').equals(printedSeq).first()
    expect((await pdfText(pdf)).replace(/\s+/g, '')).toContain(
      `本协议生效时，本机审计日志记至第${printedSeq}条，其校验值为${head?.hash.slice(0, 16)}。`,
    )
    const c = await ws.mediator.cases.get(ws.case.id)
    expect(c?.events['agreement-effective']).toBe(todayIso())
  })

  it('an effective agreement is immutable', async () => {
    const recorder = {
      slotId: 'recorder',
      signerRole: 'recorder' as const,
      signerName: '赵记录',
      method: 'signature' as const,
      image: makeSignaturePng(9),
    }
    expect(await refusal(ws.mediator.agreements.addSignature(draft.id, recorder))).toBe(SIGNING_MSG.locked)
    expect(await refusal(ws.judicial.agreements.makeEffective(draft.id, renderAgreement))).toBe(
      SIGNING_MSG.locked,
    )
    expect(await refusal(ws.mediator.agreements.createDraft(ws.case.id))).toBe(SIGNING_MSG.useCorrection)
  })

  it('verification: ours and unchanged is valid, with number and date', async () => {
    expect(await ws.mediator.agreements.verify(pdf)).toMatchObject({
      verdict: 'valid',
      caseNo: ws.case.caseNo,
      version: 1,
      issuedAt: effective.effectiveAt,
    })
  })

  it('verification: a byte changed inside the signed range is "altered"', async () => {
    const facts = await inspectSignedPdf(pdf)
    const tampered = new Uint8Array(pdf)
    const at = Math.floor((facts.byteRange?.[1] ?? 0) / 3)
    tampered[at] = (tampered[at] ?? 0) ^ 0x20
    expect(await ws.mediator.agreements.verify(tampered)).toMatchObject({
      verdict: 'altered',
      reason: 'modified',
      claimed: `调解协议书 ${ws.case.caseNo} 第1版`,
    })
  })

  it('verification: bytes appended after signing are "altered", and so is a change in the unsigned padding', async () => {
    const appended = new Uint8Array([...pdf, ...new TextEncoder().encode('\n%%EOF\n')])
    expect(await ws.mediator.agreements.verify(appended)).toMatchObject({
      verdict: 'altered',
      reason: 'appended',
    })
    const facts = await inspectSignedPdf(pdf)
    const padded = new Uint8Array(pdf)
    const lastHexDigit = (facts.byteRange?.[2] ?? 0) - 2 // inside /Contents' zero padding, covered by no digest
    padded[lastHexDigit] = '1'.charCodeAt(0)
    expect(await ws.mediator.agreements.verify(padded)).toMatchObject({
      verdict: 'altered',
      reason: 'not-issued',
    })
  })

  it("verification: an unsigned PDF, a stranger's signature, not a PDF", async () => {
    const unsigned = await renderAgreement({
      agreement: effective,
      signatureImages: {},
      sealImage: null,
      effectiveAt: effective.effectiveAt ?? '',
      auditHead: { seq: 41, hash: 'ab'.repeat(32) },
    })
    expect(await ws.mediator.agreements.verify(unsigned)).toMatchObject({
      verdict: 'unknown',
      reason: 'unsigned',
    })
    const stranger = await agreementWorkspace({ seal: true })
    const theirs = await stranger.mediator.agreements.createDraft(stranger.case.id)
    await signAll(stranger.mediator, theirs)
    await stranger.judicial.agreements.applySeal(theirs.id)
    await stranger.mediator.agreements.makeEffective(theirs.id, renderAgreement)
    const theirPdf = (await stranger.mediator.agreements.effectivePdf(theirs.id)).data
    expect(await ws.mediator.agreements.verify(theirPdf)).toMatchObject({
      verdict: 'unknown',
      reason: 'foreign',
    })
    expect(await ws.mediator.agreements.verify(new TextEncoder().encode('hello'))).toMatchObject({
      verdict: 'not-a-pdf',
    })
  }, 60_000)

  it('a new certificate does not orphan agreements signed under the old one', async () => {
    await ws.admin.signing.createSelfIssued()
    const tampered = new Uint8Array(pdf)
    tampered[100] = (tampered[100] ?? 0) ^ 0x01
    expect(await ws.mediator.agreements.verify(tampered)).toMatchObject({ verdict: 'altered' })
    expect(await ws.mediator.agreements.verify(pdf)).toMatchObject({ verdict: 'valid' })
    expect((await ws.admin.signing.status()).formerCertificates).toBe(1)
  })

  describe('a correction', () => {
    let v2: Agreement

    it('needs a reason, and only corrects an effective version', async () => {
      expect(await refusal(ws.mediator.agreements.supersede(draft.id, '  '))).toBe(MSG.required)
    })

    it('is a new draft version; the old one stays in effect until it takes effect', async () => {
      await ws.mediator.cases.addRecord(ws.case.id, 'agreement', agreementRecord(ws.case, 1_500_000))
      v2 = await ws.mediator.agreements.supersede(draft.id, '金额笔误，应为壹万伍仟元')
      expect(v2).toMatchObject({ version: 2, status: 'draft', supersedes: { id: draft.id, version: 1 } })
      expect(v2.snapshot.record.data.terms[0]?.amountFen).toBe(1_500_000)
      expect(await refusal(ws.mediator.agreements.supersede(draft.id, '再改一次'))).toBe(
        SIGNING_MSG.openVersionExists,
      )
      expect((await ws.mediator.agreements.get(draft.id)).status).toBe('effective')
      expect(await ws.mediator.agreements.verify(pdf)).toMatchObject({ verdict: 'valid' })
    })

    it('once it takes effect, the old version is superseded, both are kept, and the old PDF says so', async () => {
      await signAll(ws.mediator, v2)
      await ws.admin.agreements.applySeal(v2.id)
      await ws.mediator.agreements.makeEffective(v2.id, renderAgreement)
      const versions = await ws.mediator.agreements.list(ws.case.id)
      expect(versions.map((v) => [v.version, v.status])).toEqual([
        [1, 'superseded'],
        [2, 'effective'],
      ])
      expect(versions[0]?.supersededBy).toMatchObject({ id: v2.id, version: 2 })
      const old = await ws.mediator.agreements.effectivePdf(draft.id)
      expect(old.data).toEqual(pdf)
      const verdict = await ws.mediator.agreements.verify(pdf)
      expect(verdict).toMatchObject({
        verdict: 'superseded',
        caseNo: ws.case.caseNo,
        version: 1,
        supersededBy: { version: 2 },
      })
      expect(await auditOf(ws, 'agreement.supersede')).toHaveLength(1)
    }, 60_000)
  })
})

describe('the seal image and the certificate', () => {
  let ws: Ws
  beforeAll(async () => {
    ws = await agreementWorkspace({ seal: false, certificate: false })
  }, 60_000)

  it('the seal cannot be applied before an administrator imported one; no certificate, no effect', async () => {
    const a = await signAll(ws.mediator, await ws.mediator.agreements.createDraft(ws.case.id))
    expect(await refusal(ws.judicial.agreements.applySeal(a.id))).toBe(SIGNING_MSG.noSealImage)
    await ws.admin.signing.importSeal(makePng())
    await ws.judicial.agreements.applySeal(a.id)
    expect(await refusal(ws.mediator.agreements.makeEffective(a.id, renderAgreement))).toBe(
      SIGNING_MSG.noIdentity,
    )
    expect((await ws.mediator.agreements.get(a.id)).status).toBe('signed')
  })

  it('only a transparent PNG of sensible size is taken as the seal; nothing changes otherwise', async () => {
    const before = await ws.admin.signing.sealImage()
    expect(await refusal(ws.admin.signing.importSeal(new TextEncoder().encode('GIF89a')))).toBe(
      SIGNING_MSG.sealNotPng,
    )
    expect(await refusal(ws.admin.signing.importSeal(makePng({ colorType: 2 })))).toBe(
      SIGNING_MSG.sealNoAlpha,
    )
    expect(await refusal(ws.admin.signing.importSeal(makePng({ width: 16, height: 16 })))).toBe(
      SIGNING_MSG.sealDimensions,
    )
    const huge = new Uint8Array(3 * 1024 * 1024)
    huge.set(makePng())
    expect(await refusal(ws.admin.signing.importSeal(huge))).toBe(SIGNING_MSG.sealTooLarge)
    expect(await ws.admin.signing.sealImage()).toEqual(before)
    await expect(ws.admin.signing.importSeal(makePng({ colorType: 2, trns: true }))).resolves.toBeTruthy()
  })

  it('only administrators import the seal or manage the certificate', async () => {
    for (const repos of [ws.mediator, ws.judicial, ws.as(['counsellor'])]) {
      await expect(repos.signing.importSeal(makePng())).rejects.toBeInstanceOf(PermissionError)
      await expect(repos.signing.createSelfIssued()).rejects.toBeInstanceOf(PermissionError)
      await expect(repos.signing.importPkcs12(new Uint8Array(4), 'x')).rejects.toBeInstanceOf(PermissionError)
    }
  })

  it('key and seal are stored encrypted', async () => {
    await ws.admin.signing.createSelfIssued()
    const vault = await ws.db.vault.get(IDENTITY_VAULT_ID)
    const stored = new TextDecoder('latin1').decode((vault?.wrapped as { ct: Uint8Array }).ct)
    expect(stored).not.toContain('PRIVATE KEY')
    expect(stored).not.toContain('CERTIFICATE')
    const seal = (await ws.db.settings.get(SEAL_SETTING_KEY))?.value as { alg: string; ct: Uint8Array }
    expect(seal.alg).toBe('A256GCM')
    expect(Buffer.from(seal.ct).includes(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe(false)
    expect(await ws.admin.signing.certificatePem()).toContain('BEGIN CERTIFICATE')
    const status = await ws.mediator.signing.status()
    expect(status.certificate?.subject).toContain('大连市某街道人民调解委员会')
    expect(status.seal).toMatchObject({ width: 128, height: 128 })
  })

  it('a wrong PKCS#12 passphrase changes nothing', async () => {
    const before = await ws.admin.signing.certificatePem()
    expect(await refusal(ws.admin.signing.importPkcs12(new TextEncoder().encode('junk'), 'x'))).toBe(
      SIGNING_MSG.p12Invalid,
    )
    expect(await ws.admin.signing.certificatePem()).toBe(before)
  })
})
