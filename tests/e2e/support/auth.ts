/** Page helpers for first-run setup, login, logout and users, shared by end-to-end tests. */
import { expect, type Page } from '@playwright/test'

export const ADMIN = { username: 'admin', password: 'admin password 1', displayName: '王管理' }

/**
 * Accounts an administrator creates must choose their own password at first login; loginOk does
 * that (the issued password + ' mine') and later logins with the issued password use the chosen one.
 */
const chosen = new Map<string, { issued: string; own: string }>()
export const passwordFor = (username: string, password: string) => {
  const c = chosen.get(username)
  return c && c.issued === password ? c.own : password
}

export async function setUpWorkspace(page: Page): Promise<string> {
  chosen.clear()
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '初始设置' })).toBeVisible()
  await page.getByLabel('机构名称').fill('大连市某街道人民调解委员会')
  await page.getByLabel('所在地区').fill('大连市甘井子区')
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByLabel('用户名').fill(ADMIN.username)
  await page.getByLabel('姓名').fill(ADMIN.displayName)
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(ADMIN.password)
  await page.getByLabel('再次输入密码').fill(ADMIN.password)
  await page.getByRole('button', { name: '下一步' }).click()
  const key = (await page.getByTestId('recovery-key').textContent()) ?? ''
  const groups = key.split('-')
  const labels = page.locator('label').filter({ hasText: /^第 \d+ 组$/ })
  await expect(labels).toHaveCount(2)
  for (const label of await labels.all()) {
    const n = Number(/\d+/.exec((await label.textContent()) ?? '')?.[0])
    await page.locator(`[id="${await label.getAttribute('for')}"]`).fill(groups[n - 1] ?? '')
  }
  await page.getByRole('button', { name: '完成设置' }).click()
  await expect(page.getByTestId('user-menu')).toHaveText(ADMIN.displayName, { timeout: 30_000 })
  return key
}

export async function login(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username)
  await page.getByRole('textbox', { name: '密码', exact: true }).fill(passwordFor(username, password))
  await page.getByRole('button', { name: '登录' }).click()
}

/** The first-login screen of an account an administrator created: choose `own`. */
export async function choosePassword(page: Page, issued: string, own: string) {
  await expect(page.getByRole('heading', { name: '设置您自己的密码' })).toBeVisible()
  await page.getByLabel('管理员给您的初始密码').fill(issued)
  await page.getByRole('textbox', { name: '新密码', exact: true }).fill(own)
  await page.getByLabel('再次输入密码').fill(own)
  await page.getByRole('button', { name: '设置密码并继续' }).click()
}

export async function loginOk(page: Page, username: string, password: string, displayName: string) {
  await login(page, username, password)
  const menu = page.getByTestId('user-menu')
  const choose = page.getByRole('heading', { name: '设置您自己的密码' })
  await expect(menu.or(choose)).toBeVisible({ timeout: 30_000 })
  if (await choose.isVisible()) {
    const own = `${password} mine`
    await choosePassword(page, password, own)
    chosen.set(username, { issued: password, own })
  }
  await expect(menu).toHaveText(displayName, { timeout: 30_000 })
}

export async function logout(page: Page) {
  await page.getByTestId('user-menu').click()
  await page.getByRole('menuitem', { name: '退出登录' }).click()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
}

export interface TestUser {
  username: string
  displayName: string
  password: string
  roles: string[]
}

/** As the administrator: creates a user through the Users page. */
export async function createUser(page: Page, u: TestUser) {
  await page.getByRole('link', { name: '用户管理' }).click()
  await page.getByRole('button', { name: '新建用户' }).click()
  const dialog = page.getByRole('dialog', { name: '新建用户' })
  await dialog.getByLabel('用户名').fill(u.username)
  await dialog.getByLabel('姓名').fill(u.displayName)
  for (const role of u.roles) await dialog.getByLabel(role, { exact: true }).check()
  await dialog.getByRole('textbox', { name: '初始密码' }).fill(u.password)
  await dialog.getByRole('textbox', { name: '再次输入密码' }).fill(u.password)
  await dialog.getByRole('button', { name: '创建' }).click()
  await expect(page.getByTestId(`user-row-${u.username}`)).toBeVisible({ timeout: 30_000 })
}

export const MEDIATOR: TestUser = {
  username: 'mediator1',
  displayName: '李调解',
  password: 'mediator password 1',
  roles: ['调解员'],
}

/**
 * As the administrator: adds a 行政机关 for 道路交通事故 and 消费 under 设置 → 出具文书的机构 — a room
 * without one cannot register 行政调解 (issue 14).
 */
export async function addAdministrativeBody(page: Page) {
  await page.getByRole('link', { name: '设置' }).click()
  const card = page.getByTestId('issuing-bodies')
  await card.getByRole('button', { name: '添加行政机关' }).click()
  const body = card.getByTestId('issuer-0')
  await body.getByLabel('机构名称').fill('大连市公安局甘井子分局交通警察大队')
  await body.getByLabel('机构简称').fill('甘交')
  // Mantine MultiSelect: the input itself opens the options.
  for (const sector of ['道路交通事故', '消费']) {
    await body.getByRole('combobox', { name: '办理的行政调解领域' }).click()
    await page.getByRole('option', { name: sector, exact: true }).click()
  }
  await card.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('设置已保存。').first()).toBeVisible()
}

/** Setup (with a 行政机关), a mediator account, and that mediator logged in: where most case tests start. */
export async function asNewMediator(page: Page): Promise<void> {
  await setUpWorkspace(page)
  await addAdministrativeBody(page)
  await createUser(page, MEDIATOR)
  await logout(page)
  await loginOk(page, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)
}
