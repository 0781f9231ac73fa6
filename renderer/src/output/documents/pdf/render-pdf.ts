/**
 * DocModel → PDF bytes with pdfmake: A4, the official layout (../layout.ts), fonts by role —
 * titles and headings in Noto Serif SC (宋体-style), body text in the PC's 仿宋 when there is one,
 * else Noto Serif SC too — each embedded as a subset, and the body font named in the document
 * properties; signature and seal images placed where they are signed and stamped.
 */
import { dataUrl, fitInto } from '../images'
import {
  CONTENT_WIDTH,
  FINGERPRINT_BOX,
  INDENT,
  MARGIN,
  pageLabel,
  SEAL_LIFT,
  SEAL_SPACE,
  SEAL_SIZE,
  SIGNATURE_BOX,
  SIZE,
} from '../layout'
import {
  closingStart,
  FINGERPRINT,
  SEAL_BOX,
  slotLines,
  type DocModel,
  type ModelBlock,
  type ModelSlot,
} from '../model'
import { NOTO_FACES, NOTO_NAME, pdfFonts, type PdfFaces } from './engine'
import type { FontSource } from './fonts'

type Node = Record<string, unknown> | string
const CELL_PADDING = 4

const tableLayout = {
  hLineWidth: () => 0.75,
  vLineWidth: () => 0.75,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

const noLines = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 0,
  paddingBottom: () => 0,
}

/** Absolute column widths from relative ones, leaving room for padding and rules. */
function columnWidths(relative: number[]): number[] {
  const sum = relative.reduce((a, b) => a + b, 0)
  const free = CONTENT_WIDTH - relative.length * (2 * CELL_PADDING + 0.75) - 0.75
  return relative.map((w) => (free * w) / sum)
}

class Images {
  readonly dictionary: Record<string, string> = {}
  add(image: Parameters<typeof dataUrl>[0]): string {
    const name = `img${Object.keys(this.dictionary).length}`
    this.dictionary[name] = dataUrl(image)
    return name
  }
}

function slotCell(slot: ModelSlot, images: Images): Node {
  const lines = slotLines(slot)
  const label = lines[0] ?? ''
  const signLine = lines[1] ?? ''
  const dateLine = lines.at(-1) ?? ''
  const signature: Node[] = [{ text: signLine, width: 'auto', margin: [0, 14, 0, 0] }]
  if (slot.signature) {
    const { width, height } = fitInto(slot.signature, SIGNATURE_BOX.width, SIGNATURE_BOX.height)
    signature.push({ image: images.add(slot.signature), width, height, margin: [0, 0, 0, 0] })
  }
  if (slot.fingerprint || slot.sealBox) {
    // A drawn box (cheaper to lay out than a nested table) with its label, or the fingerprint image.
    const box = FINGERPRINT_BOX - 6
    const boxLabel = slot.fingerprint ? FINGERPRINT : SEAL_BOX
    const label: Node = slot.fingerprintImage
      ? {
          image: images.add(slot.fingerprintImage),
          fit: [box - 8, box - 8],
          relativePosition: { x: 4, y: -box + 4 },
        }
      : {
          text: boxLabel,
          fontSize: 8,
          color: '#777777',
          relativePosition: { x: box / 2 - 4 * boxLabel.length, y: -box / 2 - 6 },
        }
    signature.push({
      width: FINGERPRINT_BOX,
      stack: [
        { canvas: [{ type: 'rect', x: 0, y: 0, w: box, h: box, lineWidth: 0.75, lineColor: '#999999' }] },
        label,
      ],
    })
  }
  return {
    stack: [{ text: label }, { columns: signature, columnGap: 4 }, { text: dateLine, margin: [0, 2, 0, 0] }],
    margin: [0, 0, 0, 10],
    unbreakable: true,
  }
}

function sealNode(lines: string[], image: ModelBlock & { type: 'seal' }, images: Images): Node {
  const stack: Node[] = lines.map((text) => ({ text, alignment: 'right', margin: [0, 0, INDENT, 0] }))
  if (image.image) {
    // Centred over the lines, as the seal is stamped over the name and the date.
    const longest = Math.max(...lines.map((l) => l.length))
    const centre = CONTENT_WIDTH - INDENT - (longest * SIZE.body) / 2
    const lineHeight = SIZE.body * 1.6
    const { width, height } = fitInto(image.image, SEAL_SIZE, SEAL_SIZE)
    stack.unshift({
      image: images.add(image.image),
      width,
      height,
      relativePosition: { x: centre - width / 2, y: (lines.length * lineHeight - height) / 2 - SEAL_LIFT },
    })
  }
  return { stack, margin: [0, SEAL_SPACE, 0, 0], unbreakable: true }
}

function blockNodes(block: ModelBlock, images: Images): Node[] {
  switch (block.type) {
    case 'heading':
      return [{ text: block.text, style: 'heading' }]
    case 'paragraph':
      return [
        {
          text: block.text,
          // pdfmake justifies by widening the gaps between words, which spreads Chinese lines that
          // end before a long number; evenly wide Han characters line up well enough left-aligned.
          alignment: block.align === 'justify' ? 'left' : block.align,
          bold: block.bold,
          leadingIndent: block.indent ? INDENT : 0,
          margin: [0, 0, 0, 4],
        },
      ]
    case 'table': {
      const body: Node[][] = []
      if (block.header) body.push(block.header.map((h) => ({ text: h, style: 'tableHeader' })))
      for (const row of block.rows) {
        body.push(
          row.map((text, i) =>
            block.labelColumns.includes(i) ? { text, style: 'label' } : { text, alignment: 'left' },
          ),
        )
      }
      if (body.length === 0) return []
      return [
        {
          table: { widths: columnWidths(block.widths), body, headerRows: block.header ? 1 : 0 },
          layout: tableLayout,
          style: 'table',
          margin: [0, 4, 0, 8],
        },
      ]
    }
    case 'signatures': {
      const cells = block.slots.map((s) => slotCell(s, images))
      const rows: Node[][] = []
      for (let i = 0; i < cells.length; i += block.columns) {
        const row = cells.slice(i, i + block.columns)
        while (row.length < block.columns) row.push('')
        rows.push(row)
      }
      return [
        {
          table: { widths: Array<string>(block.columns).fill('*'), body: rows, dontBreakRows: true },
          layout: noLines,
          style: 'signature',
          margin: [0, 16, 0, 0],
        },
      ]
    }
    case 'seal':
      return [sealNode(block.lines, block, images)]
  }
}

/**
 * The document properties naming the fonts: Keywords for any PDF reader's properties dialog,
 * BodyFont / TitleFont as custom entries for tools (pdfinfo -custom).
 */
function fontInfo(faces: PdfFaces): Record<string, string> {
  const { family, postscriptName, source } = faces.bodyFont
  const body =
    source === 'system'
      ? `${family} (${postscriptName}, this PC's own font)`
      : `${family} (${postscriptName}, embedded open font: no 仿宋 on this PC)`
  return {
    keywords: `body font: ${body}; title font: ${NOTO_NAME} (embedded open font)`,
    BodyFont: postscriptName,
    TitleFont: NOTO_NAME,
  }
}

/** The pdfmake document definition of a model (exported for the benchmark's plain baseline). */
export function pdfDefinition(model: DocModel, faces: PdfFaces = NOTO_FACES): object {
  const images = new Images()
  const content: Node[] = [{ text: model.title, style: 'title' }]
  // The closing (last paragraph, signatures, seal, date) is one unbreakable stack: it moves to the
  // next page whole rather than leave signatures or the seal alone there.
  const start = closingStart(model.blocks)
  for (const block of model.blocks.slice(0, start)) content.push(...blockNodes(block, images))
  const closing = model.blocks.slice(start).flatMap((b) => blockNodes(b, images))
  if (closing.length) content.push({ stack: closing, unbreakable: true })
  const cover = model.kind === 'archive-cover'
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: { title: model.title, creator: '调解室案件管理', producer: '调解室案件管理', ...fontInfo(faces) },
    content,
    images: images.dictionary,
    footer: cover
      ? undefined
      : (page: number, pages: number) => ({
          text: pageLabel(page, pages),
          alignment: 'center',
          fontSize: SIZE.footer,
          margin: [0, MARGIN / 3, 0, 0],
        }),
    defaultStyle: { font: faces.body, fontSize: SIZE.body, lineHeight: 1.15 },
    styles: {
      title: {
        font: faces.title,
        fontSize: SIZE.title,
        bold: true,
        alignment: 'center',
        margin: [0, cover ? 120 : 0, 0, cover ? 60 : 18],
      },
      heading: { font: faces.title, fontSize: SIZE.heading, bold: true, margin: [0, 8, 0, 6] },
      table: { fontSize: SIZE.table, lineHeight: 1.1 },
      tableHeader: { bold: true, alignment: 'center' },
      label: { alignment: 'center' },
      signature: { fontSize: SIZE.table },
    },
  }
}

/** The PDF of a document model. */
export async function renderPdf(model: DocModel, fonts: FontSource): Promise<Uint8Array<ArrayBuffer>> {
  const { pdfmake, faces } = await pdfFonts(fonts)
  const buffer = await pdfmake.createPdf(pdfDefinition(model, faces)).getBuffer()
  return new Uint8Array(buffer)
}
