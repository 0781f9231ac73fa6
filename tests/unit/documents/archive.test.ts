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
import type { CaseDetail } from '../../../renderer/src/output/documents'
import { DEFAULT_RETENTION } from '../../../renderer/src/domain/documents/retention'
import { makeCaseDetail, RECORDER_NAME } from '../../builders/documents'
import { makePng } from '../../builders/png'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import {
  docxParts,
  docxText,
  pdfBody,
  pdfImageCount,
  pdfPages,
  pdfText,
  squash,
} from '../../support/pdf-inspect'

const fonts = nodeFontSource()

describe('archiveVolume', { timeout: 120_000 }, () => {
  it('joins cover, contents and every document, numbering the document pages', async () => {
    const detail = makeCaseDetail()
    const templates = templateSet()
    const volume = await archiveVolume({ detail, templates, today: '2026-04-10' }, fonts)
    // The unsigned 司法确认申请书 and 授权委托书 are no part of the file (see below); the 卷宗情况说明 is made on
    // request only, not put into every volume.
    const planned = documentsForCase(detail, templates).filter(
      (d) =>
        d.available &&
        !d.kind.startsWith('judicial-confirmation') &&
        d.kind !== 'power-of-attorney' &&
        !ON_REQUEST.has(d.kind),
    )
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

/** A PDF of `pages` blank A4 pages, as a scanner makes them. */
async function scannedPdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < pages; i++) pdf.addPage([595.28, 841.89])
  return pdf.save()
}

const withoutRecords = (detail: CaseDetail, ...kinds: string[]): CaseDetail => ({
  ...detail,
  records: detail.records.filter((r) => !kinds.includes(r.kind)),
})

describe('archive cover', { timeout: 120_000 }, () => {
  it('prints 卷名, 立卷人, 调解起止日期, 保管期限 and 备注 as chosen at export', async () => {
    const detail = makeCaseDetail()
    const volume = await archiveVolume(
      {
        detail,
        templates: templateSet(),
        today: '2026-04-10',
        title: '王某与某公司噪声纠纷调解卷',
        compiler: RECORDER_NAME,
        note: '证据原件已退还当事人',
      },
      fonts,
    )
    const cover = squash((await pdfPages(volume.pdf))[0] ?? '')
    expect(cover).toContain('卷名王某与某公司噪声纠纷调解卷')
    expect(cover).toContain(`立卷人${RECORDER_NAME}`)
    // from acceptance (2026-03-02) to closing (the close transition, 2026-04-02)
    expect(cover).toContain('调解起止日期2026年3月2日至2026年4月2日')
    expect(cover).toContain('保管期限30年')
    expect(cover).toContain('备注证据原件已退还当事人')
    expect(cover).toContain('立卷日期2026年4月10日')
  })

  it('proposes the 卷名 from the parties and the dispute, and the mediator as 立卷人 by default', () => {
    const detail = makeCaseDetail()
    const model = makeDocument(detail, builtInTemplate('archive-cover'))
    const text = squash(modelText(model))
    const [a, b] = detail.case.parties
    expect(text).toContain(squash(`卷名${a!.name}与${b!.name}`))
    expect(text).toContain('立卷人刘调解')
    expect(model.missing).toEqual([])
  })

  it('prints the 保管期限 the settings give for the kind of mediation, with or without an agreement', async () => {
    const retention = {
      ...DEFAULT_RETENTION,
      people: { agreement: 'long', other: 'short' },
      administrative: { agreement: 'permanent', other: '10y' },
    } as const
    const templates = templateSet()
    const coverOf = async (detail: CaseDetail) =>
      squash((await pdfPages((await archiveVolume({ detail, templates, retention }, fonts)).pdf))[0] ?? '')
    expect(await coverOf(makeCaseDetail())).toContain('保管期限长期')
    expect(await coverOf(makeCaseDetail({ kind: 'administrative' }))).toContain('保管期限永久')
    expect(await coverOf(withoutRecords(makeCaseDetail(), 'agreement', 'performance'))).toContain(
      '保管期限短期',
    )
    // Without settings: the defaults (协议类 30年, 一般类 10年).
    const plain = await archiveVolume(
      { detail: makeCaseDetail({ kind: 'court-entrusted' }), templates },
      fonts,
    )
    expect(squash((await pdfPages(plain.pdf))[0] ?? '')).toContain('保管期限30年')
  })
})

describe('archive volume: what is bound in', { timeout: 120_000 }, () => {
  it('binds attachments in at their place, images as pages, and lists them with their pages', async () => {
    const detail = makeCaseDetail()
    const templates = templateSet()
    const attachments = [
      {
        id: 'a-ev',
        name: '借条.pdf',
        category: 'evidence',
        type: 'application/pdf',
        data: await scannedPdf(2),
      },
      { id: 'a-id', name: '王某身份证.png', category: 'identity', type: 'image/png', data: makePng() },
      { id: 'a-pay', name: '转账凭证.png', category: 'performance', type: 'image/png', data: makePng() },
      { id: 'a-poa', name: '授权委托书.png', category: 'authorisation', type: 'image/png', data: makePng() },
    ] as const
    const bare = await archiveVolume({ detail, templates }, fonts)
    const volume = await archiveVolume({ detail, templates, attachments: [...attachments] }, fonts)
    const titles = volume.entries.map((e) => e.title)
    const at = (title: string) => titles.indexOf(title)
    expect(at('身份证明（王某身份证.png）')).toBe(at('调解申请书') + 1)
    expect(at('授权委托书（授权委托书.png）')).toBe(at('调解申请书') + 2)
    // the generated 授权委托书 is not bound in unsigned (its signed scan is, above)
    expect(titles).not.toContain('授权委托书')
    expect(at('人民调解受理登记表')).toBe(at('调解申请书') + 3)
    expect(at('证据材料（借条.pdf）')).toBe(at('调查记录') + 1)
    // the builder's case recorded its 调解会通知, so the notice is filed before the session
    expect(at('调解会通知书')).toBe(at('调查记录') + 2)
    expect(at('调解记录')).toBe(at('调查记录') + 3)
    expect(at('履行凭证（转账凭证.png）')).toBe(at('回访记录') + 1)
    expect(volume.attachments.sort()).toEqual(['a-ev', 'a-id', 'a-pay', 'a-poa'])

    // The evidence PDF keeps its two pages, each image is one page: five more than without them.
    expect(volume.pageCount).toBe(bare.pageCount + 5)
    // cover, contents and the 备考表 are not counted in the volume's numbered pages
    expect((await PDFDocument.load(volume.pdf)).getPageCount()).toBe(volume.pageCount + 3)
    const evidence = volume.entries[at('证据材料（借条.pdf）')]!
    expect(evidence.note).toBe('附件，共2页')
    const [from, to] = evidence.pages.split('-').map(Number)
    expect(to! - from!).toBe(1)
    // three image files, each embedded once (beside whatever images the documents carry themselves)
    expect((await pdfImageCount(volume.pdf)) - (await pdfImageCount(bare.pdf))).toBe(3)

    // The contents list prints each attachment with its pages.
    const contents = squash((await pdfPages(volume.pdf))[1] ?? '')
    expect(contents).toContain(squash(`证据材料（借条.pdf）${evidence.pages}附件，共2页`))
    expect(contents).toContain('身份证明（王某身份证.png）')
    // The volume's page numbers run on through the attachments' pages (the 备考表 after them is
    // unnumbered, like the cover).
    const pages = await pdfPages(volume.pdf)
    expect(squash(pages[pages.length - 2] ?? '')).toContain(String(volume.pageCount))
  })

  it('leaves out a file that cannot be read, and says so', async () => {
    const volume = await archiveVolume(
      {
        detail: makeCaseDetail(),
        templates: templateSet(),
        attachments: [
          {
            id: 'broken',
            name: '损坏.pdf',
            category: 'evidence',
            type: 'application/pdf',
            data: new TextEncoder().encode('%PDF-1.7\n%%EOF\n'),
          },
        ],
      },
      fonts,
    )
    expect(volume.skipped).toEqual(['broken'])
    expect(volume.entries.map((e) => e.title)).not.toContain('证据材料（损坏.pdf）')
  })

  it('lists only the documents that exist', async () => {
    const detail = withoutRecords(makeCaseDetail(), 'investigation', 'visit', 'termination')
    const volume = await archiveVolume({ detail, templates: templateSet() }, fonts)
    const titles = volume.entries.map((e) => e.title)
    for (const absent of ['调查记录', '回访记录', '终止调解告知书']) expect(titles).not.toContain(absent)
    expect(titles).toContain('调解记录')
    const contents = squash((await pdfPages(volume.pdf))[1] ?? '')
    for (const absent of ['调查记录', '回访记录', '终止调解告知书']) expect(contents).not.toContain(absent)
    expect(squash(await pdfText(volume.pdf))).not.toContain('回访记录')
  })

  it('binds no unsigned 司法确认申请书: only an issued one, or its signed scan', async () => {
    const detail = makeCaseDetail()
    const templates = templateSet()
    const application = documentsForCase(detail, templates).find((d) =>
      d.kind.startsWith('judicial-confirmation'),
    )!
    expect(application.available).toBe(true)

    const volume = await archiveVolume({ detail, templates }, fonts)
    expect(volume.entries.map((e) => e.title)).not.toContain('司法确认申请书')
    expect(volume.documents.map((d) => d.kind)).not.toContain(application.kind)
    expect(squash(await pdfText(volume.pdf))).not.toContain('司法确认申请书')

    const signed = await archiveVolume(
      {
        detail,
        templates,
        attachments: [
          {
            id: 'jc',
            name: '司法确认申请书扫描件.pdf',
            category: 'judicial-application',
            type: 'application/pdf',
            data: await scannedPdf(1),
          },
        ],
      },
      fonts,
    )
    const titles = signed.entries.map((e) => e.title)
    expect(titles.indexOf('司法确认申请书（签署件）（司法确认申请书扫描件.pdf）')).toBe(
      titles.indexOf('回访记录') + 1,
    )

    const issued = await renderPdf(makeDocument(detail, templates[application.kind]), fonts)
    const withIssued = await archiveVolume(
      { detail, templates, issued: { [application.key]: issued } },
      fonts,
    )
    expect(withIssued.entries.find((e) => e.title === '司法确认申请书')?.note).toBe('已签署')
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
