import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { asNewMediator } from './support/auth'
import { chooseOption, fillCase, fillPerson } from './support/case-form'

// A mediator registers a dispute, finds it in this month's statistics, drills down to it, records a
// screening round, downloads the statutory table as XLSX and PDF, and files 零上报 for an empty month.
test('statistics of the month: measures, drill-down, screening, statutory tables, 零上报', async ({
  page,
}) => {
  await asNewMediator(page)
  await page.goto('/#/cases/new')
  await chooseOption(page, page, '纠纷类型', '邻里')
  await chooseOption(page, page, '案件来源', '当事人申请')
  await fillCase(page, '楼上漏水导致楼下天花板受损。', '请求赔偿维修费用。')
  await fillPerson(page, 0, { name: '周晓梅', idNumber: '11010519491231002X' })
  await fillPerson(page, 1, { name: '吴建华', idNumber: '210202198001010016' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  const caseNo = (await page.getByTestId('case-number').textContent()) ?? ''
  expect(caseNo).toMatch(/人调字第0001号/)
  // 受理数 counts accepted disputes by their 受理 date: registered only, it is pending.
  await page.getByTestId('action-accept').click()
  await page.getByTestId('confirm-action').click()
  await expect(page.getByTestId('case-status')).toHaveText('已受理')

  await page.getByRole('link', { name: '统计', exact: true }).click()
  const summary = page.getByTestId('stat-summary')
  await expect(summary).toContainText('受理1 件')
  await expect(summary).toContainText('涉及人数2 人')
  await expect(page.getByRole('img', { name: /受理数与调解成功数条形图/ })).toBeVisible()

  // Drill down from 邻里's 受理数 to the case itself.
  await page.getByRole('button', { name: '查看 受理数（邻里）的 1 件案件' }).click()
  const drill = page.getByRole('dialog')
  await expect(drill.getByRole('link', { name: caseNo })).toBeVisible()
  await expect(drill).toContainText('周晓梅')
  await drill.getByRole('button').first().click()
  await expect(drill).toBeHidden()

  // This month has a dispute: no 零上报 for it.
  await expect(page.getByText(/已登记 1 件纠纷，不能零上报。/)).toBeVisible()

  // A screening round counts in the total.
  await page.getByRole('button', { name: '登记排查' }).click()
  const form = page.getByRole('dialog', { name: '登记排查' })
  await form.getByLabel(/排查范围/).fill('和平社区第一网格')
  await form.getByLabel(/发现纠纷数/).fill('3')
  await form.getByRole('button', { name: '保存' }).click()
  await expect(summary).toContainText('1 次，发现 3 件')

  // The statutory table as XLSX (a zip) and PDF (with its title and the Chinese font).
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载统计表（XLSX）' }).click(),
  ])
  expect(xlsx.suggestedFilename()).toMatch(/^调解工作统计表-\d{4}-\d{2}\.xlsx$/)
  expect([...readFileSync(await xlsx.path()).subarray(0, 2)]).toEqual([0x50, 0x4b])
  const [pdf] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: '下载统计表（PDF）' }).click(),
  ])
  const pdfPath = await pdf.path()
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  expect(text).toContain('人民调解工作统计表')
  expect(text).toContain('行政调解工作统计表')
  expect(text).toContain('填报单位：大连市某街道人民调解委员会')
  expect(text).toMatch(/合计\s+1\s+1\s+0\s+0/)
  expect(execFileSync('pdffonts', [pdfPath]).toString()).toContain('NotoSerifSC')

  // 零上报 for the same month last year, which had nothing.
  await page.getByText('年', { exact: true }).click()
  const year = new Date().getFullYear() - 1
  await chooseOption(page, page, '年份', String(year))
  await expect(summary).toContainText('受理0 件')
  await page.getByRole('button', { name: '零上报' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '零上报' }).click()
  await expect(page.getByTestId('stat-zero-filed')).toContainText(`${year}年已于`)
})
