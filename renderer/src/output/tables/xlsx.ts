/**
 * The statutory tables as an XLSX workbook (exceljs): one sheet per table (人民调解, 行政调解, …),
 * each with title and filing details on top, two header rows with merged headings, a row per dispute
 * type, sector or kind and the 合计 row, real numbers with number formats (counts whole, money in 元
 * with two decimals, rates as percentages) so the district can add them up; then 组织队伍 where it
 * is kept. exceljs runs in the browser build and under Node; it is loaded when needed.
 */
import type * as ExcelJsModule from 'exceljs'
import type { Borders, Cell, Workbook } from 'exceljs'
import type { RosterDocument, StatutoryDocument, StatutoryWorkbook } from './statutory-document'

type ExcelJs = typeof ExcelJsModule

async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as ExcelJs & { default?: ExcelJs }
  return mod.default ?? mod
}

const FONT = '宋体'
const thin = { style: 'thin' as const }
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }
const NUMBER_FORMAT = { count: '0', fen: '#,##0.00', rate: '0.0%' } as const

/** Header and body start here (1-based rows): title, filing details, then two header rows. */
const HEADER_ROW = 3
const BODY_ROW = HEADER_ROW + 2

function box(cell: Cell, bold = false) {
  cell.border = BORDER
  cell.font = { name: FONT, size: 10, bold }
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
}

function addTableSheet(workbook: Workbook, doc: StatutoryDocument): void {
  const sheet = workbook.addWorksheet(doc.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 1, ySplit: BODY_ROW - 1 }],
  })
  const columns = doc.formats.length + 1
  sheet.columns = [
    { width: 16 },
    ...doc.formats.map((f) => ({ width: f === 'fen' ? 16 : f === 'rate' ? 9 : 9 })),
  ]

  sheet.mergeCells(1, 1, 1, columns)
  const title = sheet.getCell(1, 1)
  title.value = doc.title
  title.font = { name: FONT, size: 16, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30

  const half = Math.floor(columns / 2)
  sheet.mergeCells(2, 1, 2, half)
  sheet.mergeCells(2, half + 1, 2, columns)
  const org = sheet.getCell(2, 1)
  org.value = doc.organisation
  org.font = { name: FONT, size: 10 }
  const period = sheet.getCell(2, half + 1)
  period.value = doc.period
  period.font = { name: FONT, size: 10 }
  period.alignment = { horizontal: 'right' }

  // Header: the first column and single-measure columns span both rows; grouped ones share a heading.
  sheet.mergeCells(HEADER_ROW, 1, HEADER_ROW + 1, 1)
  sheet.getCell(HEADER_ROW, 1).value = doc.firstColumn
  let col = 2
  for (const cell of doc.top) {
    if (cell.bothRows) sheet.mergeCells(HEADER_ROW, col, HEADER_ROW + 1, col)
    else if (cell.span > 1) sheet.mergeCells(HEADER_ROW, col, HEADER_ROW, col + cell.span - 1)
    sheet.getCell(HEADER_ROW, col).value = cell.label
    col += cell.span
  }
  doc.sub.forEach((label, i) => {
    if (label) sheet.getCell(HEADER_ROW + 1, i + 2).value = label
  })
  for (let r = HEADER_ROW; r <= HEADER_ROW + 1; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c)
      box(cell, true)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
    }
  }
  sheet.getRow(HEADER_ROW).height = 30
  sheet.getRow(HEADER_ROW + 1).height = 30

  doc.rows.forEach((row, i) => {
    const r = BODY_ROW + i
    const label = sheet.getCell(r, 1)
    label.value = row.label
    box(label, row.total)
    row.values.forEach((value, j) => {
      const format = doc.formats[j] ?? 'count'
      const cell = sheet.getCell(r, j + 2)
      box(cell, row.total)
      if (value === null) {
        cell.value = doc.notApplicable
        return
      }
      // Money is stored in fen; the sheet shows 元 and keeps the exact value (fen / 100).
      cell.value = format === 'fen' ? value / 100 : value
      cell.numFmt = NUMBER_FORMAT[format]
      cell.alignment = { vertical: 'middle', horizontal: 'right' }
    })
  })

  let r = BODY_ROW + doc.rows.length + 1
  for (const note of [...doc.notes, doc.preparedOn]) {
    sheet.mergeCells(r, 1, r, columns)
    const cell = sheet.getCell(r, 1)
    cell.value = note
    cell.font = { name: FONT, size: 9 }
    cell.alignment = { wrapText: true, vertical: 'top' }
    sheet.getRow(r).height = note.length > 60 ? Math.ceil(note.length / 60) * 14 : 16
    r++
  }
}

function addRosterSheet(workbook: Workbook, roster: RosterDocument): void {
  const sheet = workbook.addWorksheet(roster.title, { pageSetup: { paperSize: 9, orientation: 'portrait' } })
  sheet.columns = [{ width: 36 }, { width: 12 }]
  sheet.mergeCells(1, 1, 1, 2)
  const title = sheet.getCell(1, 1)
  title.value = roster.title
  title.font = { name: FONT, size: 16, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  sheet.getRow(1).height = 30
  sheet.mergeCells(2, 1, 2, 2)
  sheet.getCell(2, 1).value = roster.organisation
  sheet.getCell(2, 1).font = { name: FONT, size: 10 }
  roster.rows.forEach((row, i) => {
    const label = sheet.getCell(3 + i, 1)
    label.value = row.label
    box(label)
    label.alignment = { vertical: 'middle', horizontal: 'left' }
    const value = sheet.getCell(3 + i, 2)
    value.value = row.value
    box(value)
    value.numFmt = NUMBER_FORMAT.count
    value.alignment = { vertical: 'middle', horizontal: 'right' }
  })
}

export function buildStatutoryWorkbook(ExcelJS: ExcelJs, book: StatutoryWorkbook): Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = book.tables[0]?.organisation ?? ''
  for (const doc of book.tables) addTableSheet(workbook, doc)
  if (book.roster) addRosterSheet(workbook, book.roster)
  return workbook
}

export async function statutoryXlsx(book: StatutoryWorkbook): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = buildStatutoryWorkbook(await loadExcelJs(), book)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
