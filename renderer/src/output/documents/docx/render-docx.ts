/**
 * DocModel → DOCX bytes with docx 9: A4 (11906 × 16838 twips), margins 2.5 cm, running text in
 * 仿宋 and titles and headings in 宋体 (named as east-Asian fonts, which Word and WPS substitute
 * on machines that have them), Times New Roman for Latin text, tables, signature images inline
 * and the seal floating over the organisation's name, page numbers in the footer.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
  type IRunOptions,
} from 'docx'
import { fitInto } from '../images'
import {
  CONTENT_WIDTH,
  FINGERPRINT_BOX,
  FONT_ROLE,
  INDENT,
  MARGIN,
  SEAL_LIFT,
  SEAL_SIZE,
  SEAL_SPACE,
  SIGNATURE_BOX,
  SIZE,
  type EastAsianFont,
} from '../layout'
import {
  closingStart,
  FINGERPRINT,
  SEAL_BOX,
  slotLines,
  type DocModel,
  type ModelBlock,
  type ModelImage,
  type ModelSlot,
} from '../model'

const twips = (pt: number) => Math.round(pt * 20)
const pixels = (pt: number) => Math.round((pt * 96) / 72)
const emu = (pt: number) => Math.round(pt * 12700)
const halfPoints = (pt: number) => Math.round(pt * 2)

const LATIN = 'Times New Roman'
const font = (eastAsia: EastAsianFont) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia, cs: LATIN })

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

function run(text: string, size: number, options: Partial<IRunOptions> & { song?: boolean } = {}) {
  const { song, ...rest } = options
  return new TextRun({
    text,
    size: halfPoints(size),
    font: font(song ? FONT_ROLE.title : FONT_ROLE.body),
    language: { eastAsia: 'zh-CN' },
    ...rest,
  })
}

/** Multi-line values (a statement with line breaks) stay one paragraph with breaks. */
function runs(text: string, size: number, options: Partial<IRunOptions> & { song?: boolean } = {}) {
  return text.split('\n').map((line, i) => run(line, size, i > 0 ? { ...options, break: 1 } : options))
}

function imageRun(image: ModelImage, width: number, height: number, name: string) {
  return new ImageRun({
    type: image.type,
    data: image.bytes,
    transformation: { width: pixels(width), height: pixels(height) },
    altText: { name, description: name, title: name },
  })
}

interface Border {
  style: (typeof BorderStyle)[keyof typeof BorderStyle]
  size: number
  color: string
}
const thin: Border = { style: BorderStyle.SINGLE, size: 6, color: '000000' }
const none: Border = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const allBorders = (b: Border) => ({
  top: b,
  bottom: b,
  left: b,
  right: b,
  insideHorizontal: b,
  insideVertical: b,
})

function columnTwips(relative: number[], total = CONTENT_WIDTH): number[] {
  const sum = relative.reduce((a, b) => a + b, 0)
  return relative.map((w) => twips((total * w) / sum))
}

function cellParagraph(text: string, align: 'left' | 'center', bold = false): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { line: twips(SIZE.table * 1.5), lineRule: LineRuleType.AUTO, before: 40, after: 40 },
    children: runs(text, SIZE.table, { bold }),
  })
}

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

function fingerprintBox(slot: ModelSlot): Table {
  const size = twips(FINGERPRINT_BOX)
  const children: (TextRun | ImageRun)[] = slot.fingerprintImage
    ? [
        imageRun(
          slot.fingerprintImage,
          ...sizeOf(slot.fingerprintImage, FINGERPRINT_BOX - 8, FINGERPRINT_BOX - 20),
          FINGERPRINT,
        ),
        run(FINGERPRINT, 8, { break: 1, color: '555555' }),
      ]
    : [run(slot.fingerprint ? FINGERPRINT : SEAL_BOX, 8, { color: '777777' })]
  return new Table({
    width: { size, type: WidthType.DXA },
    columnWidths: [size],
    layout: TableLayoutType.FIXED,
    borders: allBorders({ ...thin, color: '999999' }),
    rows: [
      new TableRow({
        height: { value: size, rule: 'exact' },
        children: [
          new TableCell({
            width: { size, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children })],
          }),
        ],
      }),
    ],
  })
}

function sizeOf(image: ModelImage, maxWidth: number, maxHeight: number): [number, number] {
  const { width, height } = fitInto(image, maxWidth, maxHeight)
  return [width, height]
}

/** One slot: who, the signature (image or a line to sign on) beside the fingerprint box, the date. */
function slotContent(slot: ModelSlot): (Paragraph | Table)[] {
  const lines = slotLines(slot)
  const label = lines[0] ?? ''
  const signLine = lines[1] ?? ''
  const dateLine = lines.at(-1) ?? ''
  // Every line of a slot keeps with the next: the rows of signatures stay with the seal and date.
  const signature = new Paragraph({
    keepNext: true,
    children: [
      run(signLine, SIZE.table),
      ...(slot.signature
        ? [
            imageRun(
              slot.signature,
              ...sizeOf(slot.signature, SIGNATURE_BOX.width, SIGNATURE_BOX.height),
              label,
            ),
          ]
        : []),
    ],
  })
  const content: (Paragraph | Table)[] = [
    new Paragraph({ keepNext: true, children: [run(label, SIZE.table)] }),
  ]
  if (slot.fingerprint || slot.sealBox) {
    const signWidth = twips(SIGNATURE_BOX.width + 60)
    const boxWidth = twips(FINGERPRINT_BOX + 10)
    content.push(
      new Table({
        width: { size: signWidth + boxWidth, type: WidthType.DXA },
        columnWidths: [signWidth, boxWidth],
        layout: TableLayoutType.FIXED,
        borders: allBorders(none),
        rows: [
          new TableRow({
            children: [
              new TableCell({
                width: { size: signWidth, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                borders: { top: none, bottom: none, left: none, right: none },
                children: [signature],
              }),
              new TableCell({
                width: { size: boxWidth, type: WidthType.DXA },
                borders: { top: none, bottom: none, left: none, right: none },
                children: [fingerprintBox(slot), new Paragraph({ children: [] })],
              }),
            ],
          }),
        ],
      }),
    )
  } else {
    content.push(signature)
  }
  content.push(
    new Paragraph({ spacing: { after: 200 }, keepNext: true, children: [run(dateLine, SIZE.table)] }),
  )
  return content
}

function signatures(block: ModelBlock & { type: 'signatures' }): Table {
  const widths = columnTwips(Array<number>(block.columns).fill(1))
  const rows: TableRow[] = []
  for (let i = 0; i < block.slots.length; i += block.columns) {
    const slots = block.slots.slice(i, i + block.columns)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map(
          (w, j) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              borders: { top: none, bottom: none, left: none, right: none },
              children: slots[j] ? slotContent(slots[j]) : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    )
  }
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: allBorders(none),
    rows,
  })
}

function seal(block: ModelBlock & { type: 'seal' }): Paragraph[] {
  const longest = Math.max(...block.lines.map((l) => l.length))
  return block.lines.map((line, i) => {
    const children: (TextRun | ImageRun)[] = [run(line, SIZE.body)]
    if (i === 0 && block.image) {
      const [width, height] = sizeOf(block.image, SEAL_SIZE, SEAL_SIZE)
      const centre = CONTENT_WIDTH - INDENT - (longest * SIZE.body) / 2
      const lineHeight = SIZE.body * 1.6
      children.unshift(
        new ImageRun({
          type: block.image.type,
          data: block.image.bytes,
          transformation: { width: pixels(width), height: pixels(height) },
          altText: { name: 'seal', description: line, title: 'seal' },
          floating: {
            horizontalPosition: {
              relative: HorizontalPositionRelativeFrom.MARGIN,
              offset: emu(centre - width / 2),
            },
            verticalPosition: {
              relative: VerticalPositionRelativeFrom.PARAGRAPH,
              offset: emu((block.lines.length * lineHeight - height) / 2 - SEAL_LIFT),
            },
            allowOverlap: true,
            behindDocument: false,
            wrap: { type: TextWrappingType.NONE },
          },
        }),
      )
    }
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: twips(INDENT) },
      keepNext: i < block.lines.length - 1,
      keepLines: true,
      spacing: {
        before: i === 0 ? twips(SEAL_SPACE) : 0,
        line: twips(SIZE.body * 1.6),
        lineRule: LineRuleType.EXACT,
      },
      children,
    })
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
