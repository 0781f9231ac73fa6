/**
 * README screenshots, taken from the real UI: `npm run screenshots` (not part of `npm test`).
 * Tagged @screenshots so the normal end-to-end run leaves the committed images alone.
 */
import { expect, test } from '@playwright/test'
import { ADMIN, MEDIATOR, createUser, loginOk, logout, setUpWorkspace } from './support/auth'
import { chooseOption, fillCase, fillPerson } from './support/case-form'

const OUT = 'tests/screenshots'

const CASES = [
  { type: '物业', facts: '业主与物业公司因电梯维修费用分摊发生争议。', a: '王秀兰', b: '赵建国' },
  { type: '邻里', facts: '楼上卫生间漏水导致楼下天花板受损。', a: '李梅', b: '孙强' },
  { type: '婚姻家庭', facts: '兄妹因赡养母亲费用分担发生争执。', a: '刘芳', b: '刘刚' },
]

const hideToasts = '.mantine-Notifications-root { display: none !important }'

test('case list and registration form @screenshots', async ({ page }) => {
  await page.goto('/')
  await page.screenshot({ path: `${OUT}/setup.png` })
  await setUpWorkspace(page)
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
  for (const c of CASES) {
    await page.goto('/#/cases/new')
    await expect(page.getByRole('heading', { name: '登记案件', exact: true })).toBeVisible()
    await chooseOption(page, page, '纠纷类型', c.type)
    await fillCase(page, c.facts, '请求调解解决。')
    await fillPerson(page, 0, { name: c.a, phone: '13900001111' })
    await fillPerson(page, 1, { name: c.b })
    await page.getByRole('button', { name: '登记', exact: true }).click()
    await expect(page.getByTestId('case-number')).toBeVisible()
  }
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important }' })
  await page.screenshot({ path: `${OUT}/case-detail.png`, fullPage: true })
  await page.goto('/#/cases')
  await expect(page.getByTestId('case-total')).toHaveText('共 3 件')
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important }' })
  await page.screenshot({ path: `${OUT}/case-list.png` })
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
