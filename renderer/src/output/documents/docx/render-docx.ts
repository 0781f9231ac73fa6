/**
 * DocModel → DOCX bytes with docx 9: A4 (11906 × 16838 twips), margins 2.5 cm, running text in
 * 仿宋 and titles and headings in 宋体 (named as east-Asian fonts, which Word and WPS substitute
 * on machines that have them), Times New Roman for Latin text, tables, signature images inline
 * and the seal floating over the organisation's name, page numbers in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx'
import { FONT_ROLE, INDENT, MARGIN, SIZE } from '../layout'
import { closingStart, type DocModel, type ModelBlock } from '../model'
import {
  twips,
  halfPoints,
  font,
  ALIGN,
  run,
  runs,
  thin,
  allBorders,
  columnTwips,
  cellParagraph,
} from './primitives'
import { seal, signatures } from './signature-blocks'

function table(block: ModelBlock & { type: 'table' }): Table | null {
  const widths = columnTwips(block.widths)
  const rows: TableRow[] = []
  const cell = (paragraph: Paragraph, i: number) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80 },
      children: [paragraph],
    })
  if (block.header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        children: block.header.map((h, i) => cell(cellParagraph(h, 'center', true), i)),
      }),
    )
  }
  for (const row of block.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(cellParagraph(text, block.labelColumns.includes(i) ? 'center' : 'left'), i),
        ),
      }),
    )
  }
  if (rows.length === 0) return null
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: allBorders(thin),
    rows,
  })
}

const bodySpacing = { line: twips(28), lineRule: LineRuleType.EXACT, after: 80 }

/** `keep`: part of the closing (keep with next, so it stays on the page of the signatures and seal). */
function blockContent(block: ModelBlock, keep = false): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 160, after: 120, line: twips(28), lineRule: LineRuleType.EXACT },
          keepNext: true,
          children: [run(block.text, SIZE.heading, { bold: true, song: true })],
        }),
      ]
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align],
          indent: block.indent ? { firstLine: twips(INDENT) } : undefined,
          spacing: bodySpacing,
          keepNext: keep,
          keepLines: keep,
          children: runs(block.text, SIZE.body, { bold: block.bold }),
        }),
      ]
    case 'table': {
      const t = table(block)
      // A paragraph after each table keeps two tables from merging in Word.
      return t ? [t, new Paragraph({ spacing: { after: 80 }, children: [] })] : []
    }
    case 'signatures':
      return [new Paragraph({ spacing: { before: 200 }, keepNext: true, children: [] }), signatures(block)]
    case 'seal':
      return seal(block)
  }
}

/** The DOCX of a document model. */
export async function renderDocx(model: DocModel): Promise<Uint8Array<ArrayBuffer>> {
  const cover = model.kind === 'archive-cover'
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: cover ? twips(120) : 0, after: twips(cover ? 60 : 18) },
    children: [run(model.title, SIZE.title, { bold: true, song: true })],
  })
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            size: halfPoints(SIZE.footer),
            font: font(FONT_ROLE.body),
          }),
        ],
      }),
    ],
  })
  const doc = new Document({
    creator: '调解室案件管理',
    title: model.title,
    styles: {
      default: {
        document: {
          run: { font: font(FONT_ROLE.body), size: halfPoints(SIZE.body), language: { eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: twips(MARGIN), bottom: twips(MARGIN), left: twips(MARGIN), right: twips(MARGIN) },
          },
        },
        footers: cover ? undefined : { default: footer },
        children: [
          title,
          ...model.blocks.flatMap((b, i) => blockContent(b, i >= closingStart(model.blocks))),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}
