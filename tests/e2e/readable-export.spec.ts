/**
 * Export for the user (issue 11 item 7), as an administrator would do it: settings → 导出可读数据,
 * a wrong password refused in words with no download, then the right one: a zip whose manifest
 * lists the case, whose case.json reads the party's name in plain JSON.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { strFromU8, unzipSync } from 'fflate'
import { ADMIN, asNewMediator, loginOk, logout } from './support/auth'
import { fillCase, fillPerson } from './support/case-form'

test('an administrator exports the workspace readable after proving it again', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  await asNewMediator(page)
  await page.getByRole('link', { name: '登记案件' }).click()
  await fillCase(page, '楼上漏水纠纷，双方要求调解。', '请求依法调解。')
  await fillPerson(page, 0, { name: '欧阳明月', phone: '13900002222' })
  await fillPerson(page, 1, { name: '吴强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  const caseNo = (await page.getByTestId('case-number').innerText()).trim()
  await logout(page)
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.getByRole('link', { name: '设置' }).click()

  const card = page.getByTestId('readable-export-card')
  await card.getByLabel('密码', { exact: true }).fill('not my password')
  let downloads = 0
  page.on('download', () => downloads++)
  await card.getByTestId('readable-export-start').click()
  await expect(card.getByTestId('readable-export-error')).toHaveText('当前密码不正确')
  expect(downloads).toBe(0)

  await card.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  const download = page.waitForEvent('download')
  await card.getByTestId('readable-export-start').click()
  const file = testInfo.outputPath('export.zip')
  await (await download).saveAs(file)
  await expect(page.getByText(/已导出 1 件案件/)).toBeVisible()
  await card.screenshot({ path: testInfo.outputPath('readable-export-card.png') })

  const files = unzipSync(readFileSync(file))
  const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array))
  expect(manifest.format).toBe('mediation-room/readable-export')
  expect(manifest.cases).toHaveLength(1)
  expect(manifest.cases[0].caseNo).toBe(caseNo)
  const caseJson = JSON.parse(strFromU8(files[`${manifest.cases[0].folder}/case.json`] as Uint8Array))
  expect(caseJson.case.parties.map((p: { name: string }) => p.name)).toEqual(['欧阳明月', '吴强'])
})
