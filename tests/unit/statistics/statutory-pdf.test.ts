/** The statutory table as PDF: real bytes, read back with poppler (pdftotext, pdffonts). */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { periodRange, statutoryTable, type Period } from '../../../renderer/src/domain/statistics'
import { statutoryDocument, statutoryPdf } from '../../../renderer/src/output/tables'
import { makeAgreedInput, makeStatInput } from '../../builders/stat-inputs'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'

const PERIOD: Period = { kind: 'month', year: 2026, month: 11 }

describe('statutory table as PDF', () => {
  it('embeds the Chinese font and says the title, period, every type and the totals', async () => {
    const inputs = [
      makeAgreedInput('2026-11-10', 8_765_432, {
        disputeType: 'medical',
        registeredOn: '2026-11-02',
        persons: 7,
      }),
      makeStatInput({ disputeType: 'medical', registeredOn: '2026-11-03', persons: 4 }),
      makeStatInput({ disputeType: 'consumer', registeredOn: '2026-11-04', persons: 2 }),
    ]
    const table = statutoryTable({
      inputs,
      screenings: [{ date: '2026-11-05', found: 9 }],
      range: periodRange(PERIOD),
    })
    const doc = statutoryDocument(table, {
      organisation: '大连市某街道人民调解委员会',
      period: PERIOD,
      preparedOn: '2026-11-25',
      zeroReport: false,
    })
    const bytes = await statutoryPdf({ tables: [doc], roster: null }, nodeFontSource())
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const dir = mkdtempSync(join(tmpdir(), 'stat-pdf-'))
    const file = join(dir, 'table.pdf')
    writeFileSync(file, bytes)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8')
    expect(text).toContain('人民调解工作统计表')
    expect(text).toContain('统计期间：2026年11月')
    expect(text).toContain('填报单位：大连市某街道人民调解委员会')
    for (const label of ['婚姻家庭', '道路交通事故', '物业', '医疗', '消费']) expect(text).toContain(label)
    const totalLine = text.split('\n').find((l) => /^\s*合计\s+\d/.test(l)) ?? ''
    // 合计: received 3 (all on application); succeeded 1 (neither 书面 nor 口头 recorded), concluded 1;
    // 成功率 1 ÷ 受理数 3 = 33.3% (changed rule: this test once expected 100.0%, ÷ 办结数); 87,654.32 元;
    // 13 people; no 司法确认, 履行 (no rate: —), 回访, 群体性纠纷 or prevention; 1 round, 9 found, 0 prevented
    expect(totalLine.trim().split(/\s+/)).toEqual([
      '合计',
      '3',
      '3',
      '0',
      '0',
      '1',
      '0',
      '0',
      '1',
      '33.3%',
      '87,654.32',
      '13',
      '0',
      '0',
      '0',
      '—',
      '0',
      '0',
      '0',
      ...Array(10).fill('0'),
      '1',
      '9',
      '0',
    ])
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/NotoSerifSC.*yes\s+yes\s+yes/)
  }, 60_000)
})
