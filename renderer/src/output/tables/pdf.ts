/**
 * The statutory table as a PDF: A4 landscape, the same two header rows and merged headings as the
 * XLSX, Noto Serif SC embedded as a subset (through the documents' PDF engine and its FontSource).
 */
import { pageLabel } from '../documents/layout'
import { FONT_FAMILY, pdfEngine } from '../documents/pdf/engine'
import type { FontSource } from '../documents/pdf/fonts'
import { formatValue, type StatutoryDocument } from './statutory-document'

type Cell = Record<string, unknown>

const PAGE_WIDTH = 841.89
const MARGIN = 28
const FIRST_COLUMN = 62

function headerRows(doc: StatutoryDocument): Cell[][] {
  const top: Cell[] = [{ text: doc.firstColumn, rowSpan: 2, style: 'head' }]
  const second: Cell[] = [{}]
  let column = 0
  for (const cell of doc.top) {
    if (cell.bothRows) {
      top.push({ text: cell.label, rowSpan: 2, style: 'head' })
      second.push({})
    } else {
      top.push({ text: cell.label, colSpan: cell.span, style: 'head' })
      for (let i = 1; i < cell.span; i++) top.push({})
      for (let i = 0; i < cell.span; i++) second.push({ text: doc.sub[column + i] ?? '', style: 'head' })
    }
    column += cell.span
  }
  return [top, second]
}

export function statutoryPdfDefinition(doc: StatutoryDocument): object {
  const n = doc.formats.length
  // Money needs the most room; the rest share what is left evenly.
  const cellPadding = 2 * 2 + 0.5
  const free = PAGE_WIDTH - 2 * MARGIN - FIRST_COLUMN - (n + 1) * cellPadding - 1
  const moneyShare = 1.8
  const unit = free / (n - 1 + moneyShare)
  const widths = [FIRST_COLUMN, ...doc.formats.map((f) => (f === 'fen' ? unit * moneyShare : unit))]
  const body = [
    ...headerRows(doc),
    ...doc.rows.map((row) => [
      { text: row.label, bold: row.total, alignment: 'left' },
      ...row.values.map((v, i) => ({
        text: formatValue(v, doc.formats[i] ?? 'count', doc.notApplicable),
        bold: row.total,
        alignment: v === null ? 'center' : 'right',
      })),
    ]),
  ]
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 10],
    info: { title: `${doc.title} ${doc.period}`, creator: doc.organisation },
    defaultStyle: { font: FONT_FAMILY, fontSize: 8, lineHeight: 1.15 },
    styles: { head: { bold: true, alignment: 'center', fillColor: '#efefef' } },
    content: [
      { text: doc.title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        columns: [
          { text: doc.organisation, fontSize: 10 },
          { text: doc.period, fontSize: 10, alignment: 'right' },
        ],
        margin: [0, 0, 0, 6],
      },
      {
        table: { headerRows: 2, widths, body },
        layout: {
          hLineWidth: () => 0.5,
          vLineWidth: () => 0.5,
          paddingLeft: () => 2,
          paddingRight: () => 2,
          paddingTop: () => 2,
          paddingBottom: () => 2,
        },
      },
      ...doc.notes.map((note) => ({ text: note, fontSize: 8, margin: [0, 6, 0, 0] })),
      { text: doc.preparedOn, fontSize: 8, alignment: 'right', margin: [0, 4, 0, 0] },
    ],
    footer: (page: number, pages: number) => ({
      text: pageLabel(page, pages),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 10, 0, 0],
    }),
  }
}

export async function statutoryPdf(
  doc: StatutoryDocument,
  fonts: FontSource,
): Promise<Uint8Array<ArrayBuffer>> {
  const pdfmake = await pdfEngine(fonts)
  return new Uint8Array(await pdfmake.createPdf(statutoryPdfDefinition(doc)).getBuffer())
}
