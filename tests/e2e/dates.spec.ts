import { expect, test } from '@playwright/test'
import { setUpWorkspace } from './support/auth'
import { pickDate } from './support/dates'

// Every date field is the one shared picker: Chinese month and weekday names, weeks from Monday,
// 国庆 days marked 休 and the 调休 Saturday marked 班, and the value shown as yyyy-MM-dd.
test('date pickers read the Chinese way and mark holidays and 调休 days', async ({ page }) => {
  await setUpWorkspace(page)
  await page.goto('/#/cases')
  await pickDate(page, page, '登记日期自', '2026-10-01')
  const field = page.getByRole('button', { name: '登记日期自', exact: true })
  await expect(field).toHaveText('2026-10-01')

  await field.click()
  const dropdown = page.locator('.mantine-Popover-dropdown').last()
  await expect(dropdown.getByRole('button', { name: '选择月份' })).toHaveText('2026年10月')
  const weekdays = await dropdown.locator('thead th').allTextContents()
  expect(weekdays[0]).toBe('一')
  expect(weekdays[6]).toBe('日')
  await expect(dropdown.getByRole('button', { name: '2026年10月1日 法定节假日' })).toContainText('休')
  await expect(dropdown.getByRole('button', { name: '2026年10月10日 调休上班' })).toContainText('班')
  await page.screenshot({ path: 'test-results/date-picker-zh-CN.png' })
})
