/**
 * The archive volume as one PDF (cover, contents list with page numbers, every document in order),
 * and signature and seal images carried into both back-ends.
 */
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import {
  archiveVolume,
  builtInTemplate,
  documentsForCase,
  makeDocument,
  modelText,
  ON_REQUEST,
  renderDocx,
  renderPdf,
  templateSet,
} from '../../../renderer/src/output/documents'
import { makeCaseDetail } from '../../builders/documents'
import { makePng } from '../../builders/png'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import { docxParts, docxText, pdfBody, pdfImageCount, pdfText, squash } from '../../support/pdf-inspect'

const fonts = nodeFontSource()

describe('archiveVolume', { timeout: 120_000 }, () => {
  it('joins cover, contents and every document, numbering the document pages', async () => {
    const detail = makeCaseDetail()
    const templates = templateSet()
    const volume = await archiveVolume({ detail, templates, today: '2026-04-10' }, fonts)
    // the 卷宗情况说明 is made on request only, not put into every volume
    const planned = documentsForCase(detail, templates).filter((d) => d.available && !ON_REQUEST.has(d.kind))
    expect(volume.entries.map((e) => e.title)).toEqual(planned.map((d) => d.title))

    const pdf = await PDFDocument.load(volume.pdf)
    const docPages = await Promise.all(
      planned.map(async (d) =>
        (
          await PDFDocument.load(
            await renderPdf(
              makeDocument(detail, templates[d.kind], { recordId: d.recordId, today: '2026-04-10' }),
              fonts,
            ),
          )
        ).getPageCount(),
      ),
    )
    const total = docPages.reduce((a, b) => a + b, 0)
    expect(volume.pageCount).toBe(total)
    // cover, contents, the documents, and the 备考表 (back cover) last
    expect(pdf.getPageCount()).toBe(total + 3)

    // Page ranges follow one another from 1.
    let next = 1
    volume.entries.forEach((entry, i) => {
      const pages = docPages[i] ?? 0
      expect(entry.pages).toBe(pages > 1 ? `${next}-${next + pages - 1}` : String(next))
      next += pages
    })

    const text = squash(await pdfText(volume.pdf))
    const cover = text.indexOf('调解卷宗')
    const contents = text.indexOf('卷内目录')
    const firstDoc = text.indexOf(squash(makeDocument(detail, templates.application).title))
    expect(cover).toBeGreaterThanOrEqual(0)
    expect(contents).toBeGreaterThan(cover)
    expect(firstDoc).toBeGreaterThan(contents)
    expect(text.lastIndexOf('备考表')).toBeGreaterThan(firstDoc)
    expect(text.slice(text.lastIndexOf('备考表'))).toContain(`本卷共${planned.length}件，${total}页`)
    expect(text).toContain(`本卷件数${planned.length}`)
    expect(text).toContain(`本卷页数${total}`)
    for (const entry of volume.entries)
      expect(text).toContain(squash(`${entry.index}${entry.title}${entry.date}${entry.pages}`))
  })

  it('takes an issued PDF in place of the generated one', async () => {
    const detail = makeCaseDetail()
    const templates = templateSet()
    const agreement = documentsForCase(detail, templates).find((d) => d.kind === 'agreement')!
    const issued = await renderPdf(
      makeDocument(detail, builtInTemplate('agreement'), { assets: { seal: makePng() } }),
      fonts,
    )
    const volume = await archiveVolume({ detail, templates, issued: { [agreement.key]: issued } }, fonts)
    expect(volume.entries.find((e) => e.title === agreement.title)?.note).toBe('已签署')
    expect(await pdfImageCount(volume.pdf)).toBe(1)
  })
})

describe('signature and seal images', { timeout: 60_000 }, () => {
  it('are placed in the PDF and the DOCX, and the signed slot says when', async () => {
    const detail = makeCaseDetail()
    const [a] = detail.case.parties
    const model = makeDocument(detail, builtInTemplate('agreement'), {
      assets: {
        signatures: {
          [`party:${a!.id}`]: {
            image: makePng({ width: 240, height: 80 }),
            fingerprint: makePng({ width: 60, height: 70 }),
            signedAt: '2026-03-05T10:20:00+08:00',
          },
          mediator: { image: makePng({ width: 200, height: 80 }), signedAt: '2026-03-05T10:25:00+08:00' },
        },
        seal: makePng(),
      },
    })
    const pdf = await renderPdf(model, fonts)
    expect(await pdfImageCount(pdf)).toBe(4)
    const text = pdfBody(await pdfText(pdf))
    for (const line of modelText(model).split('\n')) expect(text).toContain(squash(line))
    const docx = await renderDocx(model)
    expect(docxParts(docx).filter((p) => p.startsWith('word/media/'))).toHaveLength(4)
    expect(squash(docxText(docx))).toBe(squash(modelText(model)))
  })
})
