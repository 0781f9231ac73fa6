/**
 * The case's archive volume (卷宗) as one PDF: the cover (卷宗封面), the contents list (卷内目录)
 * with each document's pages, then every document of the case in archive order, and the 卷宗封底
 * (备考表) last. Documents are
 * rendered one by one (or taken as issued, e.g. the signed agreement), counted, and joined with
 * pdf-lib; the volume's page numbers are stamped at the top right of every document page, as
 * archivists number a paper volume.
 */
import { assembleDocumentData, type CaseDetail, type ContentsEntry } from './document-data'
import { buildDocument } from './build'
import { documentsForCase, ON_REQUEST, type PlannedDocument } from './plan'
import type { FontSource } from './pdf/fonts'
import { renderPdf } from './pdf/render-pdf'
import type { TemplateSet } from './templates'

export interface ArchiveInput {
  detail: CaseDetail
  templates: TemplateSet
  /** PDFs already issued for a planned document (e.g. the signed agreement), by PlannedDocument.key. */
  issued?: Readonly<Record<string, Uint8Array>>
  /** The volume's date (YYYY-MM-DD); default today. */
  today?: string
}

export interface ArchiveVolume {
  pdf: Uint8Array<ArrayBuffer>
  /** Pages of the documents (the cover and contents list are not numbered). */
  pageCount: number
  entries: ContentsEntry[]
  documents: PlannedDocument[]
}

export async function archiveVolume(input: ArchiveInput, fonts: FontSource): Promise<ArchiveVolume> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib')
  const { detail, templates, issued = {}, today } = input
  const planned = documentsForCase(detail, templates).filter((d) => d.available && !ON_REQUEST.has(d.kind))

  const files: Uint8Array[] = []
  for (const doc of planned) {
    const ready = issued[doc.key]
    if (ready) {
      files.push(ready)
      continue
    }
    const data = assembleDocumentData(detail, { recordId: doc.recordId ?? undefined, today })
    files.push(await renderPdf(buildDocument(templates[doc.kind], data), fonts))
  }
  const loaded = await Promise.all(files.map((f) => PDFDocument.load(f)))

  const entries: ContentsEntry[] = []
  let next = 1
  planned.forEach((doc, i) => {
    const pages = loaded[i]?.getPageCount() ?? 0
    const last = next + pages - 1
    entries.push({
      index: i + 1,
      title: doc.title,
      date: doc.date,
      pages: pages > 1 ? `${next}-${last}` : String(next),
      note: issued[doc.key] ? '已签署' : '',
    })
    next = last + 1
  })
  const pageCount = next - 1
  const archive = { entries, pageCount }
  const cover = await renderPdf(
    buildDocument(templates['archive-cover'], assembleDocumentData(detail, { today, archive })),
    fonts,
  )
  const contents = await renderPdf(
    buildDocument(templates['archive-contents'], assembleDocumentData(detail, { today, archive })),
    fonts,
  )
  // 卷宗封底 (备考表): the volume's last sheet, after the documents, unnumbered like the cover.
  const backCover = await renderPdf(
    buildDocument(templates['archive-back-cover'], assembleDocumentData(detail, { today, archive })),
    fonts,
  )

  const volume = await PDFDocument.create()
  volume.setTitle(`${detail.case.caseNo} 卷宗`)
  volume.setCreator('调解室案件管理')
  volume.setProducer('调解室案件管理')
  const digits = await volume.embedFont(StandardFonts.TimesRoman)
  const append = async (source: Awaited<ReturnType<typeof PDFDocument.load>>, numberFrom?: number) => {
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
  return { pdf: new Uint8Array(await volume.save()), pageCount, entries, documents: planned }
}
