/**
 * Accessibility on the office screen (1366×768): axe-core finds no critical or serious violation on
 * the main screens, and none scrolls sideways. The signing screen is checked where it opens, in
 * agreement.spec.ts (its text step and a signature pad).
 */
import { expect, test } from '@playwright/test'
import { expectAccessible as check } from './support/axe'
import { fillCase, fillPerson, chooseOption } from './support/case-form'
import { ADMIN, asNewMediator, loginOk, logout } from './support/auth'

test.use({ viewport: { width: 1366, height: 768 } })

test('setup, login, case list, registration, case detail, statistics and export: no critical or serious axe violation at 1366×768', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '初始设置' })).toBeVisible()
  await check(page, 'setup')
  await asNewMediator(page)
  await page.goto('/#/cases')
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible()
  await check(page, 'case list')

  await page.goto('/#/cases/new')
  await chooseOption(page, page, '纠纷类型', '邻里')
  await chooseOption(page, page, '案件来源', '当事人申请')
  await fillCase(page, '楼上漏水导致楼下天花板受损。', '请求赔偿维修费用。')
  await fillPerson(page, 0, { name: '周晓梅', idNumber: '11010519491231002X' })
  await fillPerson(page, 1, { name: '吴建华', idNumber: '210202198001010016' })
  await check(page, 'registration')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toBeVisible()
  await check(page, 'case detail')

  await page.getByRole('link', { name: '统计', exact: true }).click()
  await expect(page.getByTestId('stat-summary')).toBeVisible()
  await check(page, 'statistics')

  await logout(page)
  await check(page, 'login')
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.getByRole('link', { name: '导出' }).click()
  await expect(page.getByTestId('own-fingerprint')).toBeVisible({ timeout: 30_000 })
  await check(page, 'export')
})
