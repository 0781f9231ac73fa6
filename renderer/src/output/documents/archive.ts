/**
 * The case's archive volume (卷宗) as one PDF: the cover (卷宗封面: 卷名, 立卷人, 调解起止日期,
 * 保管期限, 备注, …), the contents list (卷内目录) with each part's pages, then every document of the
 * case in archive order with the case's attachments bound in at their place (身份证明 and
 * 授权委托书 after the application, 证据 after the investigation records, 履行凭证 after the visit
 * record): an image becomes a page, a PDF's pages are taken as they are. Documents are rendered
 * one by one (or taken as issued, e.g. the signed agreement), counted, and joined with pdf-lib; the
 * volume's page numbers are stamped at the top right of every page after the contents, as
 * archivists number a paper volume. The contents list only what is bound in; the 卷宗封底 (备考表)
 * is the last sheet.
 */
import {
  ATTACHMENT_CATEGORIES,
  ATTACHMENT_CATEGORY_TITLES,
  type AttachmentCategory,
  type AttachmentType,
} from '../../domain/cases/attachment'
import type { RetentionSettings } from '../../domain/documents/retention'
import { DOCUMENT_KINDS, type DocumentKind } from '../../domain/documents/template'
import { assembleDocumentData, type CaseDetail, type ContentsEntry } from './document-data'
import { buildDocument } from './build'
import { agreementKindFor, documentsForCase, ON_REQUEST, type PlannedDocument } from './plan'
import type { FontSource } from './pdf/fonts'
import { renderPdf } from './pdf/render-pdf'
import type { TemplateSet } from './templates'

/** A file of the case (a scan or a PDF) to bind into the volume. */
export interface ArchiveAttachment {
  id: string
  name: string
  category: AttachmentCategory
  type: AttachmentType
  data: Uint8Array
}

export interface ArchiveInput {
  detail: CaseDetail
  templates: TemplateSet
  /** PDFs already issued for a planned document (e.g. the signed agreement), by PlannedDocument.key. */
  issued?: Readonly<Record<string, Uint8Array>>
  /** The case's attachments, oldest first; each is bound in at its category's place. */
  attachments?: readonly ArchiveAttachment[]
  /** 立卷人 (default: the case's mediator), 卷名 (default: parties and dispute), 备注. */
  compiler?: string
  title?: string
  note?: string
  /** 保管期限 per kind of mediation (settings); default: the built-in periods. */
  retention?: RetentionSettings
  /** The volume's date (YYYY-MM-DD); default today. */
  today?: string
}

export interface ArchiveVolume {
  pdf: Uint8Array<ArrayBuffer>
  /** Pages after the cover and contents list (which are not numbered). */
  pageCount: number
  entries: ContentsEntry[]
  /** The documents bound in (not the attachments). */
  documents: PlannedDocument[]
  /** The attachments bound in, by id. */
  attachments: string[]
  /** Attachments left out because their PDF cannot be read (damaged, not a PDF after all), by id. */
  skipped: string[]
}

/**
 * Documents bound in only as issued (signed): a 司法确认申请书 is signed by the parties on paper, so
 * the generated, unsigned one is no part of the file — its signed scan is bound in instead, as an
 * attachment of its category.
 */
const SIGNED_ONLY: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  'judicial-confirmation-person',
  'judicial-confirmation-organisation',
  // the 授权委托书 likewise: signed by the principal on paper, filed as its scan (授权委托书 attachment)
  'power-of-attorney',
])

/** The forms an agreement is drawn up on: a volume binds the one this case's agreement uses. */
const AGREEMENT_FORMS: ReadonlySet<DocumentKind> = new Set<DocumentKind>([
  'agreement',
  'admin-agreement',
  'labour-agreement',
  'police-agreement',
  'traffic-mediation-document',
])

/**
 * Whether a planned document belongs in the volume: made (its record exists), not one made on
 * request only, signed where only the signed copy counts, the agreement on its case's own form
 * (a people's 劳动争议 is offered the 劳动争议调解协议书 too, but signs the 人民调解协议书), and a
 * 调解会通知书 only where a notice was recorded (no blank notice that was never served).
 */
function bindsIn(d: PlannedDocument, detail: ArchiveInput['detail'], input: ArchiveInput): boolean {
  const { templates, issued = {} } = input
  if (!d.available || ON_REQUEST.has(d.kind)) return false
  if (SIGNED_ONLY.has(d.kind) && issued[d.key] === undefined) return false
  if (AGREEMENT_FORMS.has(d.kind) && d.kind !== agreementKindFor(detail, templates)) return false
  if (d.kind === 'session-notice') return detail.records.some((r) => r.kind === 'session-notice')
  return true
}

/** The document kind each category of attachment follows in the volume (null: at the end). */
const FOLLOWS: Readonly<Record<AttachmentCategory, DocumentKind | null>> = {
  identity: 'admin-application',
  authorisation: 'admin-application',
  evidence: 'investigation-record',
  performance: 'visit-record',
  'judicial-application': 'judicial-confirmation-organisation',
  other: null,
}
/** Attachments that follow the same document go in the order their categories are declared. */
const CATEGORY_ORDER: readonly AttachmentCategory[] = ATTACHMENT_CATEGORIES

/** Where a part goes: documents by their kind's place, attachments just after the kind they follow. */
function rankOf(part: Part): number {
  if (part.type === 'document') return DOCUMENT_KINDS.indexOf(part.doc.kind)
  const follows = FOLLOWS[part.file.category]
  const base = follows ? DOCUMENT_KINDS.indexOf(follows) : DOCUMENT_KINDS.length
  return base + 0.5 + CATEGORY_ORDER.indexOf(part.file.category) / 100
}

type Part = { type: 'document'; doc: PlannedDocument } | { type: 'attachment'; file: ArchiveAttachment }

/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 }
const IMAGE_MARGIN = 56

export async function archiveVolume(input: ArchiveInput, fonts: FontSource): Promise<ArchiveVolume> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib')
  type Pdf = Awaited<ReturnType<typeof PDFDocument.load>>
  const { detail, templates, issued = {}, attachments = [], today, retention } = input
  const planned = documentsForCase(detail, templates).filter((d) => bindsIn(d, detail, input))
  const ordered: Part[] = [
    ...planned.map((doc): Part => ({ type: 'document', doc })),
    ...attachments.map((file): Part => ({ type: 'attachment', file })),
  ]
    .map((part, i) => ({ part, i, rank: rankOf(part) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((p) => p.part)

  /** An image attachment as one A4 page, the image fitted within the margins and centred. */
  async function imagePage(file: ArchiveAttachment): Promise<Pdf> {
    const pdf = await PDFDocument.create()
    const image = file.type === 'image/png' ? await pdf.embedPng(file.data) : await pdf.embedJpg(file.data)
    const scale = Math.min(
      (A4.width - 2 * IMAGE_MARGIN) / image.width,
      (A4.height - 2 * IMAGE_MARGIN) / image.height,
    )
    const width = image.width * scale
    const height = image.height * scale
    const page = pdf.addPage([A4.width, A4.height])
    page.drawImage(image, { x: (A4.width - width) / 2, y: (A4.height - height) / 2, width, height })
    return pdf
  }

  /** An attachment's pages, or null when its file cannot be read as what it claims to be. */
  async function loadAttachment(file: ArchiveAttachment): Promise<Pdf | null> {
    try {
      const pdf =
        file.type === 'application/pdf'
          ? await PDFDocument.load(file.data, { ignoreEncryption: true })
          : await imagePage(file)
      return pdf.getPageCount() > 0 ? pdf : null
    } catch {
      return null
    }
  }

  async function load(part: Exclude<Part, { type: 'attachment' }>): Promise<Pdf> {
    const { doc } = part
    const ready = issued[doc.key]
    if (ready) return PDFDocument.load(ready)
    const data = assembleDocumentData(detail, { recordId: doc.recordId ?? undefined, today, retention })
    return PDFDocument.load(await renderPdf(buildDocument(templates[doc.kind], data), fonts))
  }
  const parts: Part[] = []
  const loaded: Pdf[] = []
  const skipped: string[] = []
  for (const part of ordered) {
    const pdf = part.type === 'attachment' ? await loadAttachment(part.file) : await load(part)
    if (!pdf) {
      if (part.type === 'attachment') skipped.push(part.file.id)
      continue
    }
    parts.push(part)
    loaded.push(pdf)
  }

  const entries: ContentsEntry[] = []
  let next = 1
  parts.forEach((part, i) => {
    const pages = loaded[i]?.getPageCount() ?? 0
    const last = next + pages - 1
    const common = { index: i + 1, pages: pages > 1 ? `${next}-${last}` : String(next) }
    entries.push(
      part.type === 'document'
        ? {
            ...common,
            title: part.doc.title,
            date: part.doc.date,
            note: issued[part.doc.key] ? '已签署' : '',
          }
        : {
            ...common,
            title: `${ATTACHMENT_CATEGORY_TITLES[part.file.category]}（${part.file.name}）`,
            date: '',
            note: `附件，共${pages}页`,
          },
    )
    next = last + 1
  })
  const pageCount = next - 1
  const archive = { entries, pageCount, compiler: input.compiler, title: input.title, note: input.note }
  const data = assembleDocumentData(detail, { today, archive, retention })
  const cover = await renderPdf(buildDocument(templates['archive-cover'], data), fonts)
  const contents = await renderPdf(buildDocument(templates['archive-contents'], data), fonts)
  // 卷宗封底 (备考表): the volume's last sheet, after the documents, unnumbered like the cover.
  const backCover = await renderPdf(buildDocument(templates['archive-back-cover'], data), fonts)

  const volume = await PDFDocument.create()
  volume.setTitle(`${detail.case.caseNo} 卷宗`)
  volume.setCreator('调解室案件管理')
  volume.setProducer('调解室案件管理')
  const digits = await volume.embedFont(StandardFonts.TimesRoman)
  const append = async (source: Pdf, numberFrom?: number) => {
    const pages = await volume.copyPages(source, source.getPageIndices())
    pages.forEach((page, i) => {
      volume.addPage(page)
      if (numberFrom === undefined) return
      const label = String(numberFrom + i)
      const { width, height } = page.getSize()
      const size = 12
      page.drawText(label, {
        x: width - 40 - digits.widthOfTextAtSize(label, size),
        y: height - 36,
        size,
        font: digits,
        color: rgb(0, 0, 0),
      })
    })
  }
  await append(await PDFDocument.load(cover))
  await append(await PDFDocument.load(contents))
  let page = 1
  for (const doc of loaded) {
    await append(doc, page)
    page += doc.getPageCount()
  }
  await append(await PDFDocument.load(backCover))
  return {
    pdf: new Uint8Array(await volume.save()),
    pageCount,
    entries,
    documents: planned,
    attachments: parts.flatMap((p) => (p.type === 'attachment' ? [p.file.id] : [])),
    skipped,
  }
}
