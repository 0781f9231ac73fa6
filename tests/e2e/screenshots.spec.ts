/**
 * README screenshots, taken from the real UI: `npm run screenshots` (not part of `npm test`).
 * Tagged @screenshots so the normal end-to-end run leaves the committed images alone.
 */
import { expect, test } from '@playwright/test'
import { ADMIN, MEDIATOR, createUser, loginOk, logout, setUpWorkspace } from './support/auth'
import { agreement, notice, registerCase, session, step } from './support/lifecycle'

const OUT = 'tests/screenshots'
const hideToasts = '.mantine-Notifications-root { display: none !important }'

test('the app as its users see it @screenshots', async ({ page }) => {
  test.setTimeout(300_000)
  await page.goto('/')
  await page.screenshot({ path: `${OUT}/setup.png` })
  await setUpWorkspace(page)
  // demo data, loaded by the administrator into the empty workspace
  await page.getByRole('link', { name: '设置' }).click()
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await page.getByRole('button', { name: '确定加载' }).click()
  await expect(page.getByText(/已加载/).first()).toBeVisible({ timeout: 120_000 })
  await createUser(page, MEDIATOR)
  await createUser(page, {
    username: 'counsellor1',
    displayName: '孙咨询',
    password: 'counsellor password 1',
    roles: ['心理咨询师'],
  })
  await page.addStyleTag({ content: hideToasts })
  await page.screenshot({ path: `${OUT}/users.png` })
  await logout(page)

  await loginOk(page, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)
  await registerCase(page, { facts: '楼上卫生间漏水导致楼下天花板受损，双方就维修和赔偿发生争执。' })
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  await agreement(page)
  await page.addStyleTag({ content: hideToasts })
  await page.getByRole('tab', { name: /记录/ }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.waitForTimeout(400) // the modal's closing fade
  await page.screenshot({ path: `${OUT}/case-detail.png`, fullPage: true })

  await page.goto('/#/cases?view=all')
  await expect(page.getByTestId('case-total')).toBeVisible()
  await page.addStyleTag({ content: hideToasts })
  await page.screenshot({ path: `${OUT}/case-list.png` })
  await page.goto('/#/deadlines')
  await page.waitForTimeout(500)
  await page.addStyleTag({ content: hideToasts })
  await page.screenshot({ path: `${OUT}/deadlines.png` })

  await page.goto('/#/cases/new')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await page.screenshot({ path: `${OUT}/case-form-errors.png` })
  await page.getByRole('button', { name: '锁定' }).click()
  await page.screenshot({ path: `${OUT}/lock.png` })
  await page.getByRole('dialog', { name: '已锁定' }).getByRole('button', { name: '切换用户' }).click()
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.goto('/#/audit')
  await page.getByRole('button', { name: '校验完整性' }).click()
  await page.addStyleTag({ content: hideToasts })
  await page.screenshot({ path: `${OUT}/audit.png` })
})
