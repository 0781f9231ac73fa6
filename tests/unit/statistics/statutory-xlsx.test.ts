/** The statutory table as XLSX: written with exceljs, read back with exceljs, checked cell by cell. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DISPUTE_TYPES } from '../../../renderer/src/domain/cases/catalogues'
import {
  STATUTORY_COLUMNS,
  periodRange,
  statutoryTable,
  type Period,
} from '../../../renderer/src/domain/statistics'
import { statutoryDocument, statutoryXlsx } from '../../../renderer/src/output/tables'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'
import { makeAgreedInput, makeStatInput } from '../../builders/stat-inputs'

const PERIOD: Period = { kind: 'quarter', year: 2026, quarter: 4 }
const inputs = [
  makeAgreedInput('2026-10-10', 1_234_567, {
    disputeType: 'traffic',
    registeredOn: '2026-10-01',
    persons: 2,
  }),
  makeStatInput({
    disputeType: 'traffic',
    registeredOn: '2026-11-01',
    outcome: 'terminated',
    concludedOn: '2026-11-20',
    persons: 3,
    source: 'proactive',
  }),
  makeStatInput({
    disputeType: 'labour',
    source: 'government-assigned',
    registeredOn: '2026-12-01',
    persons: 40,
    preventions: [{ flag: 'mass-petition', persons: 40, on: '2026-12-02' }],
  }),
]
const table = statutoryTable({
  inputs,
  screenings: [{ date: '2026-10-05', found: 6 }],
  range: periodRange(PERIOD),
})
const doc = {
  tables: [
    statutoryDocument(table, {
      organisation: '大连市某街道人民调解委员会',
      period: PERIOD,
      preparedOn: '2026-11-25',
    }),
  ],
  roster: null,
}

async function reread(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

describe('statutory table as XLSX', () => {
  it('is a real workbook with the title, organisation, period and merged headings', async () => {
    const bytes = await statutoryXlsx(doc)
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]) // a zip
    const wb = await reread(bytes)
    const sheet = wb.getWorksheet('人民调解')
    expect(sheet).toBeDefined()
    if (!sheet) return
    expect(sheet.getCell('A1').value).toBe('人民调解工作统计表')
    expect(sheet.getCell('A2').value).toBe('填报单位：大连市某街道人民调解委员会')
    const periodColumn = Math.floor((STATUTORY_COLUMNS.length + 1) / 2) + 1
    expect(String(sheet.getCell(2, periodColumn).value)).toBe('统计期间：2026年第4季度')
    // 纠纷类型 spans both header rows; 受理数 spans its four source columns, each labelled below.
    expect(sheet.getCell('A3').value).toBe('纠纷类型')
    expect(sheet.getCell('A4').isMerged).toBe(true)
    expect(sheet.getCell('B3').value).toBe('受理数（件）')
    expect(sheet.getCell('E3').master.address).toBe('B3')
    expect(['B4', 'C4', 'D4', 'E4'].map((a) => sheet.getCell(a).value)).toEqual([
      '合计',
      '申请',
      '主动',
      '移送委托',
    ])
    // 调解成功数 spans its total and the 书面 / 口头 agreements.
    expect(sheet.getCell('F3').value).toBe('调解成功数（件）')
    expect(sheet.getCell('H3').master.address).toBe('F3')
    expect(['F4', 'G4', 'H4'].map((a) => sheet.getCell(a).value)).toEqual(['合计', '书面协议', '口头协议'])
    const last = STATUTORY_COLUMNS.length + 1
    expect(sheet.getCell(3, last - 2).value).toBe('矛盾纠纷排查')
    expect([4, 3, 2].map((_, i) => sheet.getCell(4, last - 2 + i).value)).toEqual([
      '排查次数',
      '发现纠纷数（件）',
      '预防纠纷数（件）',
    ])
  })

  it('has a row per dispute type in the reported order and a total matching the computation', async () => {
    const sheet = (await reread(await statutoryXlsx(doc))).getWorksheet('人民调解')
    if (!sheet) throw new Error('no sheet')
    const labels = DISPUTE_TYPES.map((_, i) => sheet.getCell(5 + i, 1).value)
    expect(labels).toEqual(DISPUTE_TYPES.map((t) => zhCN.disputeType[t]))
    const totalRow = 5 + DISPUTE_TYPES.length
    expect(sheet.getCell(totalRow, 1).value).toBe('合计')
    const col = (m: string) => STATUTORY_COLUMNS.findIndex((c) => c.measure === m) + 2
    const total = table.rows.at(-1)?.values ?? []
    STATUTORY_COLUMNS.forEach((c, i) => {
      const cell = sheet.getCell(totalRow, i + 2)
      const expected = total[i]
      if (expected === undefined) throw new Error('total has every measure')
      // A rate without a base (履行率 when no performance was settled) reads "—".
      if (expected === null) expect(cell.value).toBe('—')
      else expect(cell.value).toBe(c.format === 'fen' ? expected / 100 : expected)
    })
    expect(sheet.getCell(totalRow, col('received')).value).toBe(3)
    expect(sheet.getCell(totalRow, col('persons')).value).toBe(45)
    // Money in 元 with two decimals, the rate as a percentage, screening not split by type.
    const amount = sheet.getCell(totalRow, col('agreementAmountFen'))
    expect(amount.value).toBe(12_345.67)
    expect(amount.numFmt).toBe('#,##0.00')
    const trafficRow = 5 + DISPUTE_TYPES.indexOf('traffic')
    expect(sheet.getCell(trafficRow, col('successRate')).value).toBe(0.5)
    expect(sheet.getCell(trafficRow, col('successRate')).numFmt).toBe('0.0%')
    expect(sheet.getCell(trafficRow, col('screenings')).value).toBe('—')
    expect(sheet.getCell(totalRow, col('screeningFound')).value).toBe(6)
    const labourRow = 5 + DISPUTE_TYPES.indexOf('labour')
    expect(sheet.getCell(labourRow, col('prevention-mass-petition-persons')).value).toBe(40)
    expect(sheet.getCell(labourRow, col('receivedReferred')).value).toBe(1)
    // The notes follow the table: what it counts, 成功率's denominator (受理数 by default), the definitions.
    expect(String(sheet.getCell(totalRow + 2, 1).value)).toContain('本表统计人民调解')
    expect(String(sheet.getCell(totalRow + 3, 1).value)).toBe('成功率 = 调解成功数 ÷ 受理数。')
    expect(String(sheet.getCell(totalRow + 4, 1).value)).toContain('受理数按受理日期计入')
    expect(String(sheet.getCell(totalRow + 5, 1).value)).toBe('制表日期：2026年11月25日')
  })
})
