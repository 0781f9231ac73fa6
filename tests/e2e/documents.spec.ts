/**
 * Documents in the built renderer (Chromium): pdfmake's browser build with the Chinese font fetched
 * from the build's own assets, a case's PDF and DOCX downloaded, and the archive volume.
 */
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { asNewMediator } from './support/auth'
import { closeAgreementForm, registerCase, session } from './support/lifecycle'
import { pdfFonts, pdfText, docxText, squash } from '../support/pdf-inspect'

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const waiting = page.waitForEvent('download', { timeout: 60_000 })
  await click()
  const file = await waiting
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(await file.path())) }
}

test('a case’s documents as PDF (CJK font embedded) and DOCX, and its archive volume', async ({ page }) => {
  test.setTimeout(180_000)
  await asNewMediator(page)
  await registerCase(page, { facts: '楼上漏水致楼下天花板受损。' })
  const caseNo = (await page.getByTestId('case-number').textContent()) ?? ''
  await session(page)
  await closeAgreementForm(page)
  const card = page.getByTestId('case-documents')
  // Copies for what the parties are handed; one for internal forms (issue 16 item 10).
  await expect(card.getByTestId('print-copies')).toHaveText(
    '交给当事人的文书（协议书、告知书、通知书）打印 3 份（当事人 2 人各一份，本机构留存一份）；内部文书打印 1 份',
  )

  const pdf = await download(page, () => card.getByRole('button', { name: '调解申请书 PDF' }).click())
  expect(pdf.name).toBe(`${caseNo} 调解申请书.pdf`)
  const text = squash(await pdfText(pdf.bytes))
  expect(text).toContain('调解申请书')
  expect(text).toContain(squash(caseNo))
  expect(text).toContain('楼上漏水致楼下天花板受损。')
  const fonts = await pdfFonts(pdf.bytes)
  expect(fonts.some((f) => /NotoSerifSC/.test(f.name) && f.embedded && f.subset)).toBe(true)

  const docx = await download(page, () => card.getByRole('button', { name: '调解记录 DOCX' }).click())
  expect(docx.name).toBe(`${caseNo} 调解记录.docx`)
  expect(squash(docxText(docx.bytes))).toContain('调解记录')

  // 导出卷宗 asks for the cover's 卷名, 立卷人 (default: who exports) and 备注 first.
  await card.getByRole('button', { name: '导出卷宗（PDF）' }).click()
  const volume = await download(page, () =>
    page.getByRole('dialog').getByRole('button', { name: '导出', exact: true }).click(),
  )
  const volumeText = squash(await pdfText(volume.bytes))
  expect(volumeText.indexOf('调解卷宗')).toBeLessThan(volumeText.indexOf('卷内目录'))
  expect(volumeText).toContain('调解记录')
})
