/**
 * The effective agreement as the engine draws it: the version's snapshot becomes the engine's
 * CaseDetail, its signatures and seal become DocumentAssets (slot ids `party:<id>`, `agent:<id>`,
 * `mediator`, `recorder`), and the template of its kind of mediation is filled and rendered to PDF.
 * Every mediator the snapshot kept is printed, each in the slot they signed on the screen: the
 * lead's `mediator`, a co-mediator's `mediator:2`… (signatureSlots gives the same ids). The printed
 * effective date is the day it takes effect. A signature given for a party by someone else, or a
 * seal or fingerprint made on the paper copy, is said in words beside the slot.
 */
import type { AgreementRenderer, AgreementRenderInput } from '../../data'
import type { SignatureEntry } from '../../domain/documents/agreement'
import { printedHash, type AuditHead } from '../../domain/audit/printed-head'
import { todayIso } from '../../domain/shared/dates'
import { buildDocument, type DocumentAssets, type SignatureAsset } from '../documents/build'
import { assembleDocumentData, type CaseDetail } from '../documents/document-data'
import type { DocModel } from '../documents/model'
import type { FontSource } from '../documents/pdf/fonts'
import { agreementKindFor } from '../documents/plan'
import { renderPdf } from '../documents/pdf/render-pdf'
import { templateSet, type TemplateSet } from '../documents/templates'

/** The document's own language: these words are printed on the agreement, like the rest of it. */
const ACTING_FOR: Partial<Record<SignatureEntry['signerRole'], string>> = {
  agent: '委托代理人',
  guardian: '监护人',
  'legal-representative': '法定代表人',
}
const ON_PAPER = { seal: '已在纸质原件上盖章', fingerprint: '已在纸质原件上按指印' } as const

function printed(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

export function agreementAssets(input: AgreementDrawing): DocumentAssets {
  const signatures: Record<string, SignatureAsset> = {}
  for (const s of input.agreement.signatures) {
    const image = input.signatureImages[s.slotId]
    const partyId = s.slotId.startsWith('party:') ? s.slotId.slice('party:'.length) : null
    if (s.method !== 'signature') {
      signatures[s.slotId] = { signedAt: `${printed(s.signedAt)}（${ON_PAPER[s.method]}）` }
    } else if (partyId && s.signerRole === 'agent') {
      // The agent signs in the agent's own slot; the party's slot says who signed for them.
      signatures[`agent:${partyId}`] = { image, signedAt: s.signedAt }
      signatures[s.slotId] = { signedAt: `${printed(s.signedAt)}（由委托代理人${s.signerName}代为签名）` }
    } else if (partyId && ACTING_FOR[s.signerRole]) {
      signatures[s.slotId] = {
        image,
        signedAt: `${printed(s.signedAt)}（${ACTING_FOR[s.signerRole]}${s.signerName}签名）`,
      }
    } else {
      signatures[s.slotId] = { image, signedAt: s.signedAt }
    }
  }
  return { signatures, seal: input.sealImage }
}

/** The engine's view of the version: the snapshot's case, its agreement record dated the day it takes effect. */
export function agreementCaseDetail(input: AgreementDrawing): CaseDetail {
  const { snapshot } = input.agreement
  const record = {
    ...snapshot.record,
    data: { ...snapshot.record.data, effectiveDate: todayIso(new Date(input.effectiveAt)) },
  }
  // The mediators as the snapshot kept them (a version drawn up before co-mediators has none).
  const co = snapshot.coMediators ?? []
  return {
    case: { ...snapshot.case, coMediatorIds: co.map((m) => m.id) },
    records: [record],
    organisation: snapshot.organisation,
    userNames: {
      ...Object.fromEntries(co.map((m) => [m.id, m.name])),
      [snapshot.mediator.id]: snapshot.mediator.name,
    },
  }
}

/** A version to draw: the render input, its audit head optional (a preview has none yet). */
export type AgreementDrawing = Omit<AgreementRenderInput, 'auditHead'> & { auditHead?: AuditHead }

/** The model of a version; without `auditHead` (read on the signing screen, before it takes effect) no head line. */
export function agreementModel(input: AgreementDrawing, templates: TemplateSet = templateSet()): DocModel {
  const detail = agreementCaseDetail(input)
  const kind = agreementKindFor(detail, templates)
  const data = assembleDocumentData(detail, {
    recordId: input.agreement.snapshot.record.id,
    today: todayIso(new Date(input.effectiveAt)),
  })
  const model = buildDocument(templates[kind], data, agreementAssets(input))
  return input.auditHead ? { ...model, blocks: [...model.blocks, auditHeadLine(input.auditHead)] } : model
}

/** The last line of an effective agreement: where the room's audit log stood when it took effect. */
export function auditHeadLine(head: AuditHead): DocModel['blocks'][number] {
  return {
    type: 'paragraph',
    text: `本协议生效时，本机审计日志记至第 ${head.seq} 条，其校验值为 ${printedHash(head)}。`,
    align: 'left',
    indent: false,
    bold: false,
  }
}

/** The renderer `agreements.makeEffective` takes: fonts from the environment, templates in force. */
export function createAgreementRenderer(fonts: FontSource, templates?: TemplateSet): AgreementRenderer {
  return (input) => renderPdf(agreementModel(input, templates), fonts)
}
