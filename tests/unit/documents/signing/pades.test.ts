/**
 * PAdES on a real agreement: the engine renders it, signPdf seals it, and poppler's pdfsig — an
 * independent verifier — reads the result. pdfsig exits 0 whether or not the signature holds, so
 * its output is what is checked. One byte changed inside the signed range must turn pdfsig's answer
 * into "Digest Mismatch" and ours into "altered".
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createSelfIssuedIdentity,
  inspectSignedPdf,
  signPdf,
  type SigningIdentity,
} from '../../../../renderer/src/output/signing'
import { renderAgreement } from '../../../builders/agreements'
import { makeSignaturePng, makePng } from '../../../builders/png'
import { makeRegistration } from '../../../builders/cases'
import { caseSchema } from '../../../../renderer/src/domain/cases/case'
import { signatureSlots, type Agreement } from '../../../../renderer/src/domain/documents/agreement'
import { agreementSchema } from '../../../../renderer/src/domain/cases/records'
import { agreement as agreementRecord } from '../../../builders/records'

const dir = mkdtempSync(join(tmpdir(), 'pades-'))

function pdfsig(bytes: Uint8Array, name: string): string {
  const file = join(dir, name)
  writeFileSync(file, bytes)
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' })
  } catch (error) {
    // pdfsig exits non-zero only when it cannot read the file at all; keep what it printed.
    const e = error as { stdout?: string; stderr?: string }
    return `${e.stdout ?? ''}${e.stderr ?? ''}`
  }
}

/** An agreement version as the repository would hand it to the renderer, signed in every slot. */
function agreementFixture(): { agreement: Agreement; images: Record<string, Uint8Array> } {
  const reg = makeRegistration()
  const now = '2026-03-05T02:00:00.000Z'
  const c = caseSchema.parse({
    ...reg,
    parties: reg.parties,
    id: 'case-1',
    caseNo: '（2026）甘人调字第0001号',
    year: 2026,
    seq: 1,
    sector: null,
    status: 'agreed',
    outcome: 'agreed',
    riskLevel: null,
    mediatorId: 'm1',
    events: { registered: '2026-03-01' },
    extensionDays: 0,
    judicialConfirmationApplied: false,
    dueDate: '',
    createdAt: now,
    updatedAt: now,
  })
  const slots = signatureSlots(c.parties, '李调解')
  const images: Record<string, Uint8Array> = {}
  slots.forEach((s, i) => (images[s.id] = makeSignaturePng(i + 1)))
  return {
    images,
    agreement: {
      id: 'doc-1',
      caseId: c.id,
      caseNo: c.caseNo,
      version: 1,
      status: 'signed',
      createdAt: now,
      updatedAt: now,
      createdById: 'm1',
      snapshot: {
        case: c,
        record: {
          id: 'rec-1',
          caseId: c.id,
          kind: 'agreement',
          createdAt: now,
          createdBy: 'm1',
          data: agreementSchema.parse(agreementRecord(c)),
        },
        mediator: { id: 'm1', name: '李调解' },
        organisation: { name: '大连市某街道人民调解委员会', region: '大连市甘井子区' },
      },
      slots,
      signatures: slots.map((s) => ({
        slotId: s.id,
        signerRole: s.signers[0]?.role ?? 'recorder',
        signerName: s.signers[0]?.name ?? '赵记录',
        method: 'signature' as const,
        signedAt: now,
        recordedById: 'm1',
      })),
      seal: { appliedAt: now, appliedById: 'a1', appliedByName: '王管理' },
      handedOver: null,
      effectiveAt: now,
      sha256: '',
      supersedes: null,
      supersededBy: null,
    },
  }
}

let identity: SigningIdentity
let unsigned: Uint8Array
let signed: Uint8Array

beforeAll(async () => {
  identity = await createSelfIssuedIdentity({
    organisation: '大连市某街道人民调解委员会',
    region: '大连市甘井子区',
  })
  const { agreement, images } = agreementFixture()
  unsigned = await renderAgreement({
    agreement,
    signatureImages: images,
    sealImage: makePng(),
    effectiveAt: agreement.effectiveAt ?? '',
    auditHead: { seq: 41, hash: 'ab'.repeat(32) },
  })
  signed = await signPdf(unsigned, identity, {
    reason: '调解协议书 （2026）甘人调字第0001号 第1版',
    location: '大连市甘井子区',
    name: '大连市某街道人民调解委员会',
    signingTime: new Date('2026-03-05T02:00:00Z'),
  })
}, 60_000)

describe('PAdES signature on an agreement PDF', () => {
  it('pdfsig: valid, whole document, ETSI.CAdES.detached, SHA-256', () => {
    const out = pdfsig(signed, 'signed.pdf')
    expect(out).toContain('Signature is Valid')
    expect(out).toContain('Total document signed')
    expect(out).toContain('ETSI.CAdES.detached')
    expect(out).toContain('SHA-256')
    expect(out).toContain('大连市某街道人民调解委员会')
  })

  it('the unsigned PDF has no signature for pdfsig', () => {
    expect(pdfsig(unsigned, 'unsigned.pdf')).not.toContain('Signature is Valid')
  })

  it('our inspection agrees: whole file, digest and RSA signature good', async () => {
    const facts = await inspectSignedPdf(signed)
    expect(facts).toMatchObject({
      isPdf: true,
      signed: true,
      subFilter: 'ETSI.CAdES.detached',
      byteRangeCoversWholeFile: true,
      digestMatches: true,
      signatureValid: true,
      signingTime: '2026-03-05T02:00:00.000Z',
      reason: '调解协议书 （2026）甘人调字第0001号 第1版',
    })
    const der = Uint8Array.from(atob(identity.certificatePem.replace(/-----[A-Z ]+-----|\s/g, '')), (ch) =>
      ch.charCodeAt(0),
    )
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', der)).toString('hex')
    expect(facts.signerCertificateFingerprint).toBe(expected)
  })

  it('one byte changed inside the signed range: pdfsig says Digest Mismatch, and so do we', async () => {
    const facts = await inspectSignedPdf(signed)
    const [, gapStart] = facts.byteRange ?? []
    const tampered = new Uint8Array(signed)
    // A byte of the page content, well before the signature: inside the first signed range.
    const at = Math.floor((gapStart ?? 0) / 2)
    tampered[at] = (tampered[at] ?? 0) ^ 0x01
    const out = pdfsig(tampered, 'tampered.pdf')
    expect(out).toContain('Digest Mismatch')
    expect(out).not.toContain('Signature is Valid')
    const ours = await inspectSignedPdf(tampered)
    expect(ours.digestMatches).toBe(false)
    expect(ours.signatureValid).toBe(true) // the signature itself is intact; the content is not
  })

  it('bytes appended after signing: the digest still matches but the range no longer covers the file', async () => {
    const appended = new Uint8Array([...signed, ...new TextEncoder().encode('\n% appended\n')])
    const ours = await inspectSignedPdf(appended)
    expect(ours.digestMatches).toBe(true)
    expect(ours.byteRangeCoversWholeFile).toBe(false)
    expect(pdfsig(appended, 'appended.pdf')).not.toContain('Total document signed')
  })

  it('the signed PDF still carries the signature and seal images', () => {
    const file = join(dir, 'images.pdf')
    writeFileSync(file, signed)
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    const rows = list.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l))
    // three signatures (two parties and the mediator; the recorder too) and the seal
    expect(rows.filter((r) => /\s300\s+100\s/.test(r)).length).toBeGreaterThanOrEqual(3)
    expect(rows.some((r) => /\s128\s+128\s/.test(r))).toBe(true)
  })

  it('a file that is no PDF is said to be none', async () => {
    const facts = await inspectSignedPdf(new TextEncoder().encode('hello'))
    expect(facts.isPdf).toBe(false)
    expect(facts.signed).toBe(false)
  })
})
