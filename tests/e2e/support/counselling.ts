/** Page helpers for counselling end-to-end tests: accounts, opening record forms, finding markers. */
import { expect, type Locator, type Page } from '@playwright/test'
import type { TestUser } from './auth'

export const COUNSELLOR: TestUser = {
  username: 'counsellor1',
  displayName: '孙咨询',
  password: 'counsellor password 1',
  roles: ['心理咨询师'],
}

/** Opens 添加记录 → kind, fills the dialog, then presses the given button. */
export async function addCounsellingRecord(
  page: Page,
  kind: string,
  fill: (dialog: Locator) => Promise<void>,
  button: '保存草稿' | '保存并签名' | '保存' = '保存',
) {
  await page.getByRole('button', { name: '添加记录' }).click()
  await page.getByRole('menuitem', { name: kind, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: kind })
  await fill(dialog)
  await dialog.getByRole('button', { name: button, exact: true }).click()
  await expect(dialog).toHaveCount(0)
}

/** Picks a value of a SegmentedControl by its group label. */
export async function chooseSegment(scope: Locator, group: string, option: string) {
  await scope.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click()
}

/** Whether any of the markers appears anywhere on the current page. */
export async function expectNoMarkers(page: Page, markers: Record<string, string>) {
  const text = (await page.locator('body').textContent()) ?? ''
  for (const [what, marker] of Object.entries(markers))
    expect(text, `${what} on ${page.url()}`).not.toContain(marker)
}
