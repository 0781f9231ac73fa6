/**
 * THE DOCUMENT ENGINE — template + case data → one document model → DOCX and PDF.
 *
 * Stable API (the signing layer and the screens build on it; change only by adding):
 *
 *   Templates (data in templates/*.json, schema in domain/documents/template.ts)
 *     listTemplates(): DocumentTemplate[]                         built-ins, archive order
 *     builtInTemplate(kind): DocumentTemplate
 *     templateSet(overrides?): TemplateSet                         built-ins with edited copies in place
 *
 *   Data
 *     assembleDocumentData(detail: CaseDetail, { recordId?, today?, archive? }): DocumentData
 *     documentsForCase(detail, templates): PlannedDocument[]        what the case has, archive order
 *     printCopies(detail): number                                   parties + 1
 *     sampleCaseDetail(kind?, sector?): CaseDetail                 fictional case for previews
 *     sampleDetailFor(template): CaseDetail                        the one a template is previewed on
 *
 *   Model
 *     buildDocument(template, data, assets?: DocumentAssets): DocModel
 *     makeDocument(detail, template, { recordId?, assets?, today? }): DocModel   (the two above in one)
 *     modelText(model): string                                      the text both back-ends carry
 *     slotLines(slot): string[]                                     what one signature slot prints
 *       Signature slot ids: `party:<partyId>`, `agent:<partyId>`, `mediator`, `recorder`, or the id of
 *       a `named` slot (`subject`, `investigator`, `visitor`, `approver`). DocumentAssets.signatures is
 *       keyed by them ({ image?: PNG|JPEG bytes, fingerprint?: bytes, signedAt?: ISO time });
 *       DocumentAssets.seal is the organisation's seal image, stamped over every `seal` block.
 *
 *   Back-ends
 *     renderPdf(model, fonts: FontSource): Promise<Uint8Array>     pdfmake, CJK subset embedded
 *     renderDocx(model): Promise<Uint8Array>                        docx, A4, 仿宋/宋体
 *     browserFontSource(): FontSource                               renderer: fonts as build assets
 *       (Node: tests/tools/node-fonts.ts → nodeFontSource())
 *     archiveVolume({ detail, templates, issued?, attachments?, compiler?, title?, note?, retention?, today? },
 *       fonts): Promise<ArchiveVolume>
 *       one PDF: 卷宗封面, 卷内目录 with page numbers, every document in order; `issued` replaces a
 *       planned document (by PlannedDocument.key) with an already issued PDF, e.g. the signed agreement.
 */
import type { DocumentTemplate } from '../../domain/documents/template'
import { buildDocument, type DocumentAssets } from './build'
import { assembleDocumentData, type CaseDetail } from './document-data'
import type { DocModel } from './model'

export { buildDocument, type DocumentAssets, type SignatureAsset } from './build'
export {
  assembleDocumentData,
  type AssembleOptions,
  type CaseDetail,
  type ContentsEntry,
  type DocumentData,
  type SignerParty,
} from './document-data'
export {
  BLANK,
  modelText,
  slotLines,
  type DocModel,
  type ModelBlock,
  type ModelImage,
  type ModelSlot,
} from './model'
export {
  agreementKindFor,
  documentsForCase,
  printCopies,
  printCopiesOf,
  PARTY_DOCUMENTS,
  ARCHIVE_PARTS,
  ON_REQUEST,
  type PlannedDocument,
} from './plan'
export { builtInTemplate, listTemplates, templateSet, type TemplateSet } from './templates'
export { sampleCaseDetail, sampleDetailFor } from './sample'
export {
  browserFontSource,
  withBodyFace,
  type BodyFaceBytes,
  type FontBytes,
  type FontSource,
} from './pdf/fonts'
export { renderPdf } from './pdf/render-pdf'
export { archiveVolume, type ArchiveAttachment, type ArchiveInput, type ArchiveVolume } from './archive'
export { readImage } from './images'
export type { DocumentKind, DocumentTemplate } from '../../domain/documents/template'

/** DOCX bytes of a model; docx is loaded only when a DOCX is made. */
export async function renderDocx(model: DocModel): Promise<Uint8Array<ArrayBuffer>> {
  return (await import('./docx/render-docx')).renderDocx(model)
}

/** One document of a case: its data assembled (from `recordId` where given) and the template filled. */
export function makeDocument(
  detail: CaseDetail,
  template: DocumentTemplate,
  options: { recordId?: string | null; assets?: DocumentAssets; today?: string } = {},
): DocModel {
  const data = assembleDocumentData(detail, { recordId: options.recordId ?? undefined, today: options.today })
  return buildDocument(template, data, options.assets)
}
