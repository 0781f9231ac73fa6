/**
 * A case with two mediators (the lead and a 协同调解员), printed: `case.mediator` names both (lead
 * first, joined with 、) and every signature block with a mediator slot gets one slot each — in the
 * model, in real DOCX and PDF bytes, and in the signed agreement drawn from a snapshot that kept
 * the list. A single-mediator case and a snapshot from before co-mediators keep one slot.
 */
import { describe, expect, it } from 'vitest'
import { recordsOf } from '../../../renderer/src/domain/cases/records'
import { signatureSlots, type Agreement } from '../../../renderer/src/domain/documents/agreement'
import {
  assembleDocumentData,
  buildDocument,
  listTemplates,
  modelText,
  renderDocx,
  renderPdf,
  type DocModel,
} from '../../../renderer/src/output/documents'
import type { CaseDetail } from '../../../renderer/src/output/documents/document-types'
import { agreementAssets, agreementModel } from '../../../renderer/src/output/signing/agreement-renderer'
import { AgreementNotReadyError } from '../../../renderer/src/domain/documents/agreement-lifecycle'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { agreementWorkspace, renderAgreement, signAll } from '../../builders/agreements'
import { MEDIATOR_ID, MEDIATOR_NAME, makeCaseDetail } from '../../builders/documents'
import { makePng } from '../../builders/png'
import { docxText, pdfBody, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()
const CO_ID = 'user-co-mediator'
const CO_NAME = '王协调'
const LABEL = '人民调解员：' // the agreement template's mediator slot: 人民调解员：{{case.mediator}}

function withCoMediator(detail: CaseDetail): CaseDetail {
  return {
    ...detail,
    case: { ...detail.case, coMediatorIds: [CO_ID] },
    userNames: { ...detail.userNames, [CO_ID]: CO_NAME },
  }
}

const template = listTemplates().find((t) => t.kind === 'agreement')
if (!template) throw new Error('no agreement template')

const mediatorSlots = (model: DocModel) =>
  model.blocks
    .flatMap((b) => (b.type === 'signatures' ? b.slots : []))
    .filter((s) => s.id.startsWith('mediator'))
const count = (text: string, part: string) => text.split(part).length - 1

describe('two mediators in print', { timeout: 60_000 }, () => {
  const single = makeCaseDetail()
  const two = withCoMediator(single)

  it('case.mediator names both, the lead first; the signers list them', () => {
    const data = assembleDocumentData(two)
    expect(data.fields['case.mediator']).toBe(`${MEDIATOR_NAME}、${CO_NAME}`)
    expect(data.signers.mediators).toEqual([MEDIATOR_NAME, CO_NAME])
    // The 立卷人 and the default 记录人 stay the lead.
    expect(data.fields['archive.compiler']).toBe(MEDIATOR_NAME)
    const one = assembleDocumentData(single)
    expect(one.fields['case.mediator']).toBe(MEDIATOR_NAME)
    expect(one.signers.mediators).toEqual([MEDIATOR_NAME])
  })

  it('one mediator slot each, the lead first; a single mediator keeps one slot', () => {
    const slots = mediatorSlots(buildDocument(template, assembleDocumentData(two)))
    expect(slots.map((s) => [s.id, s.label])).toEqual([
      ['mediator', `${LABEL}${MEDIATOR_NAME}`],
      ['mediator:2', `${LABEL}${CO_NAME}`],
    ])
    const one = mediatorSlots(buildDocument(template, assembleDocumentData(single)))
    expect(one.map((s) => [s.id, s.label])).toEqual([['mediator', `${LABEL}${MEDIATOR_NAME}`]])
  })

  it('DOCX and PDF: both names, two 调解员 slots', async () => {
    const model = buildDocument(template, assembleDocumentData(two))
    const oneModel = buildDocument(template, assembleDocumentData(single))
    const [docx, pdf, oneDocx, onePdf] = await Promise.all([
      renderDocx(model),
      renderPdf(model, fonts),
      renderDocx(oneModel),
      renderPdf(oneModel, fonts),
    ])
    const docxBody = squash(docxText(docx))
    const pdfTextBody = pdfBody(await pdfText(pdf))
    expect(docxBody).toBe(squash(modelText(model)))
    for (const body of [docxBody, pdfTextBody]) {
      expect(body).toContain(`${LABEL}${MEDIATOR_NAME}`)
      expect(body).toContain(`${LABEL}${CO_NAME}`)
    }
    // One more 人民调解员 slot than the single-mediator agreement, in both files.
    const oneDocxBody = squash(docxText(oneDocx))
    const onePdfBody = pdfBody(await pdfText(onePdf))
    expect(count(docxBody, LABEL)).toBe(count(oneDocxBody, LABEL) + 1)
    expect(count(pdfTextBody, LABEL)).toBe(count(onePdfBody, LABEL) + 1)
    expect(count(docxBody, `${LABEL}${CO_NAME}`)).toBe(1)
  })
})

describe('the signed agreement prints every mediator the snapshot kept', { timeout: 60_000 }, () => {
  const detail = makeCaseDetail()
  const record = recordsOf(detail.records, 'agreement').at(-1)
  if (!record) throw new Error('no agreement record')
  const AT = '2026-03-05T12:00:00.000Z'
  const version = (coMediators?: { id: string; name: string }[]): Agreement => ({
    id: 'd1',
    caseId: detail.case.id,
    caseNo: detail.case.caseNo,
    version: 1,
    status: 'signed',
    createdAt: AT,
    updatedAt: AT,
    createdById: MEDIATOR_ID,
    snapshot: {
      case: coMediators ? { ...detail.case, coMediatorIds: coMediators.map((m) => m.id) } : detail.case,
      record,
      mediator: { id: MEDIATOR_ID, name: MEDIATOR_NAME },
      ...(coMediators ? { coMediators } : {}),
      organisation: { name: detail.organisation.name, region: detail.organisation.region ?? '' },
    },
    slots: signatureSlots(detail.case.parties, MEDIATOR_NAME),
    signatures: [],
    seal: { appliedAt: AT, appliedById: 'a1', appliedByName: '王管理' },
    handedOver: null,
    effectiveAt: '2026-03-06T12:00:00.000Z',
    sha256: '',
    supersedes: null,
    supersededBy: null,
  })
  const draw = (a: Agreement) =>
    agreementModel({
      agreement: a,
      signatureImages: {},
      sealImage: makePng(),
      effectiveAt: a.effectiveAt ?? AT,
    })

  it('a version with a co-mediator: two slots, both names in the PDF', async () => {
    const model = draw(version([{ id: CO_ID, name: CO_NAME }]))
    expect(mediatorSlots(model).map((s) => s.id)).toEqual(['mediator', 'mediator:2'])
    const text = pdfBody(await pdfText(await renderPdf(model, fonts)))
    expect(text).toContain(`${LABEL}${MEDIATOR_NAME}`)
    expect(text).toContain(`${LABEL}${CO_NAME}`)
  })

  it('a version drawn up before co-mediators: the one mediator, as before', () => {
    const model = draw(version())
    expect(mediatorSlots(model).map((s) => [s.id, s.label])).toEqual([
      ['mediator', `${LABEL}${MEDIATOR_NAME}`],
    ])
  })
})

describe('the agreement snapshot keeps the co-mediators', { timeout: 60_000 }, () => {
  it('a draft drawn up on a case with a co-mediator keeps both, read back from storage', async () => {
    const ws = await agreementWorkspace({ seal: false, certificate: false })
    const co = await ws.admin.users.create({
      username: 'mediator2',
      displayName: CO_NAME,
      roles: ['mediator'],
      password: 'mediator password 2',
    })
    const mediator = ws.as(['mediator'], ws.case.mediatorId)
    await mediator.cases.addRecord(ws.case.id, 'co-mediators', { userIds: [co.id] })
    const draft = await mediator.agreements.createDraft(ws.case.id)
    const read = await mediator.agreements.get(draft.id)
    for (const a of [draft, read]) {
      expect(a.snapshot.mediator.name).toBe('李调解')
      expect(a.snapshot.coMediators).toEqual([{ id: co.id, name: CO_NAME }])
      expect(a.snapshot.case.coMediatorIds).toEqual([co.id])
    }
    // Every mediator signs (Art. 29): the co-mediator has a required place of their own, and taking
    // effect without their signature is refused, naming them.
    expect(draft.slots.filter((s) => s.kind === 'mediator').map((s) => [s.id, s.name, s.required])).toEqual([
      ['mediator', '李调解', true],
      ['mediator:2', CO_NAME, true],
    ])
    const signed = await signAll(mediator, draft, ['mediator:2'])
    expect(signed.status).toBe('draft')
    await ws.admin.signing.importSeal(makePng())
    await ws.admin.signing.createSelfIssued()
    await ws.judicial.agreements.applySeal(draft.id)
    const refused = await mediator.agreements
      .makeEffective(draft.id, renderAgreement)
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AgreementNotReadyError)
    expect((refused as AgreementNotReadyError).missing).toEqual([
      { kind: 'signature', slotId: 'mediator:2', slotKind: 'mediator', name: CO_NAME },
    ])
    // Signed on the screen, the co-mediator's signature is drawn in their own place of the PDF.
    let stampedSlots: string[] = []
    const after = await signAll(mediator, await mediator.agreements.get(draft.id))
    expect(after.status).toBe('signed')
    await mediator.agreements.makeEffective(draft.id, async (input) => {
      stampedSlots = Object.keys(agreementAssets(input).signatures ?? {})
      return renderAgreement(input)
    })
    expect(stampedSlots).toContain('mediator:2')
  })
})
