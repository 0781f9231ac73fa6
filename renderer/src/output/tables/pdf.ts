/**
 * The statutory tables as a PDF: A4 landscape, each table on its own page with the same two header
 * rows and merged headings as the XLSX, then 组织队伍 where it is kept; Noto Serif SC embedded as a
 * subset (through the documents' PDF engine and its FontSource).
 */
import { pageLabel } from '../documents/layout'
import { FONT_FAMILY, pdfEngine } from '../documents/pdf/engine'
import type { FontSource } from '../documents/pdf/fonts'
import {
  formatValue,
  type RosterDocument,
  type StatutoryDocument,
  type StatutoryWorkbook,
} from './statutory-document'

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

/** One table: title, filing details, the table, its notes — a page of its own after the first. */
function tableContent(doc: StatutoryDocument, first: boolean): object[] {
  const n = doc.formats.length
  // Money needs the most room, then rates ("100.0%"); counts share what is left evenly, so that no
  // value wraps onto a second line.
  const cellPadding = 2 * 2 + 0.5
  const free = PAGE_WIDTH - 2 * MARGIN - FIRST_COLUMN - (n + 1) * cellPadding - 1
  const share = (f: string) => (f === 'fen' ? 2.8 : f === 'rate' ? 1.6 : 1)
  const unit = free / doc.formats.reduce((sum, f) => sum + share(f), 0)
  const widths = [FIRST_COLUMN, ...doc.formats.map((f) => unit * share(f))]
  const body = [
    ...headerRows(doc),
    ...doc.rows.map((row) => [
      { text: row.label, bold: row.total, alignment: 'left' },
      ...row.values.map((v, i) => ({
        text: formatValue(v, doc.formats[i] ?? 'count', doc.notApplicable),
        fontSize: 7,
        bold: row.total,
        alignment: v === null ? 'center' : 'right',
      })),
    ]),
  ]
  return [
    {
      text: doc.title,
      fontSize: 18,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 8],
      ...(first ? {} : { pageBreak: 'before' }),
    },
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
    ...doc.notes.map((note, i) => ({ text: note, fontSize: 8, margin: [0, i ? 2 : 6, 0, 0] })),
    { text: doc.preparedOn, fontSize: 8, alignment: 'right', margin: [0, 4, 0, 0] },
  ]
}

function rosterContent(roster: RosterDocument): object[] {
  return [
    {
      text: roster.title,
      fontSize: 18,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 8],
      pageBreak: 'before',
    },
    { text: roster.organisation, fontSize: 10, margin: [0, 0, 0, 6] },
    {
      table: {
        widths: [220, 60],
        body: roster.rows.map((r) => [{ text: r.label }, { text: String(r.value), alignment: 'right' }]),
      },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      fontSize: 10,
    },
  ]
}

export function statutoryPdfDefinition(book: StatutoryWorkbook): object {
  const first = book.tables[0]
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN + 10],
    info: { title: first ? `${first.title} ${first.period}` : '', creator: first?.organisation ?? '' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 8, lineHeight: 1.15 },
    styles: { head: { bold: true, alignment: 'center', fillColor: '#efefef' } },
    content: [
      ...book.tables.flatMap((doc, i) => tableContent(doc, i === 0)),
      ...(book.roster ? rosterContent(book.roster) : []),
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
  book: StatutoryWorkbook,
  fonts: FontSource,
): Promise<Uint8Array<ArrayBuffer>> {
  const pdfmake = await pdfEngine(fonts)
  return new Uint8Array(await pdfmake.createPdf(statutoryPdfDefinition(book)).getBuffer())
}
