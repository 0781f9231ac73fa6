/** Signature blocks (slots with images or lines, fingerprint boxes) and the seal, in DOCX. */
import {
  AlignmentType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
} from 'docx'
import { fitInto } from '../images'
import {
  CONTENT_WIDTH,
  FINGERPRINT_BOX,
  INDENT,
  SEAL_LIFT,
  SEAL_SIZE,
  SEAL_SPACE,
  SIGNATURE_BOX,
  SIZE,
} from '../layout'
import { FINGERPRINT, SEAL_BOX, slotLines, type ModelBlock, type ModelImage, type ModelSlot } from '../model'

import { twips, pixels, emu, run, imageRun, thin, none, allBorders, columnTwips } from './primitives'

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

export function signatures(block: ModelBlock & { type: 'signatures' }): Table {
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

export function seal(block: ModelBlock & { type: 'seal' }): Paragraph[] {
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
