/**
 * A reload keeps the address; the next user who may not open that page lands on their home page,
 * and the refusal is in the audit log, which reads in Chinese (no English keys in its details).
 */
import { expect, test } from '@playwright/test'
import { ADMIN, MEDIATOR, createUser, loginOk, logout, setUpWorkspace } from './support/auth'

test('a reload on #/export, then a mediator’s login, lands on the mediator’s home; the refusal is audited', async ({
  page,
}) => {
  await setUpWorkspace(page)
  await createUser(page, MEDIATOR)
  await page.getByRole('link', { name: '导出' }).click()
  await expect(page).toHaveURL(/#\/export$/)
  await page.reload()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await expect(page).toHaveURL(/#\/export$/)
  await loginOk(page, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)
  await expect(page).toHaveURL(/#\/cases$/)
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible()
  await expect(page.getByText('您的角色不能打开这个页面，已转到您的首页。')).toBeVisible()

  await logout(page)
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.getByRole('link', { name: '审计日志' }).click()
  const table = page.getByTestId('audit-table')
  const refusal = table.getByRole('row').filter({ hasText: '拒绝打开页面' })
  await expect(refusal).toHaveCount(1)
  await expect(refusal).toContainText(MEDIATOR.username)
  await expect(refusal).toContainText('页面 导出')
  // Every detail cell reads in Chinese: no "key：" in Latin letters.
  for (const text of await table.locator('tbody tr td').allTextContents()) {
    expect(text).not.toMatch(/(^|；)[A-Za-z][A-Za-z0-9-]*：/)
  }
})

test('an address typed right after login opens that page (no empty page while the first page loads)', async ({
  page,
}) => {
  await setUpWorkspace(page)
  await logout(page)
  // The password field's show/hide toggle is named in the user's language, not Mantine's English.
  await expect(page.getByRole('button', { name: '显示或隐藏输入的内容' })).toBeVisible()
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.goto('/#/audit')
  await expect(page.getByRole('button', { name: '校验完整性' })).toBeVisible()
  await page.goto('/#/users')
  await expect(page.getByTestId('counselling-counts')).toBeVisible()
})
