/**
 * Records that outlive the PC (issue 11), as a room would try it in the browser build: a backup
 * downloaded from settings, a brand-new browser profile, 从备份恢复 on its first-run screen with the
 * administrator's name and password, and the case is back, readable, with an intact audit log. A
 * damaged file is refused with words and changes nothing. And locking leaves no record text in the
 * page (issue 15 item 4).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { ADMIN, asNewMediator, loginOk, logout, MEDIATOR } from './support/auth'
import { hanMarker } from './support/markers'
import { fillCase, fillPerson } from './support/case-form'

test('a backup downloaded in one profile restores in a new one; a damaged copy changes nothing', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  await asNewMediator(page)
  await expect(page.getByTestId('backup-warning')).toContainText('还没有任何备份')
  const party = hanMarker(3)
  await page.getByRole('link', { name: '登记案件' }).click()
  await fillCase(page, '楼上漏水纠纷，双方要求调解。', '请求依法调解。')
  await fillPerson(page, 0, { name: party, phone: '13900002222' })
  await fillPerson(page, 1, { name: '吴强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toBeVisible()

  // Locked: the party's name is nowhere in the page.
  await page.getByRole('button', { name: '锁定' }).click()
  await expect(page.getByRole('dialog', { name: '已锁定' })).toBeVisible()
  expect(await page.evaluate((m) => document.documentElement.outerHTML.includes(m), party)).toBe(false)
  await page.getByRole('dialog', { name: '已锁定' }).getByRole('button', { name: '切换用户' }).click()

  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.getByRole('link', { name: '设置' }).click()
  const card = page.getByTestId('backup-card')
  await expect(card.getByTestId('backup-last')).toHaveText('还没有做过备份。')
  const download = page.waitForEvent('download')
  await card.getByTestId('backup-save-as').click()
  const file = testInfo.outputPath('room.mrbak')
  await (await download).saveAs(file)
  await expect(card.getByTestId('backup-last')).toContainText('上次成功备份')
  await expect(page.getByTestId('backup-warning')).toHaveCount(0)
  await card.screenshot({ path: testInfo.outputPath('backup-card.png') })
  const bytes = readFileSync(file)
  // The file reveals nothing: not the party's name, not the username.
  expect(bytes.includes(Buffer.from(party))).toBe(false)
  expect(bytes.includes(Buffer.from(MEDIATOR.username))).toBe(false)

  // A new PC: a fresh profile, the first-run screen, 从备份恢复.
  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/')
  await other.getByTestId('setup-restore').click()

  // First a damaged copy: refused in words, nothing set up.
  const damaged = testInfo.outputPath('damaged.mrbak')
  const cut = Buffer.from(bytes)
  cut[cut.length - 200] = (cut[cut.length - 200] ?? 0) ^ 0xff
  writeFileSync(damaged, cut)
  const chooser1 = other.waitForEvent('filechooser')
  await other.getByTestId('restore-pick').click()
  await (await chooser1).setFiles(damaged)
  await other.getByLabel('用户名', { exact: true }).fill(ADMIN.username)
  await other.getByLabel('密码', { exact: true }).fill(ADMIN.password)
  await other.getByTestId('restore-start').click()
  await other.screenshot({ path: testInfo.outputPath('restore-refused.png') })
  await expect(other.getByTestId('restore-error')).toContainText(/被改动|校验值不符|不完整/)

  const chooser2 = other.waitForEvent('filechooser')
  await other.getByTestId('restore-pick').click()
  await (await chooser2).setFiles(file)
  await other.getByTestId('restore-start').click()
  await expect(other.getByTestId('restore-done')).toBeVisible({ timeout: 60_000 })
  await other.getByRole('button', { name: '去登录' }).click()
  await loginOk(other, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)
  await other.getByRole('link', { name: '案件', exact: true }).click()
  await expect(other.getByText(party).first()).toBeVisible()
  await logout(other)
  await loginOk(other, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await other.getByRole('link', { name: '审计日志' }).click()
  await other.getByRole('button', { name: '校验完整性' }).click()
  await expect(other.getByTestId('audit-verify-result')).toContainText('完整性校验通过')
  await fresh.close()
})
