/** Picking a date or a date-time in the app's one date field (@mantine/dates), as a person does. */
import { expect, type Locator, type Page } from '@playwright/test'

const dayLabel = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/**
 * Opens the field named `label` inside `scope`, walks up to the decade, picks the year, the month and
 * the day of `iso` (YYYY-MM-DD, or YYYY-MM-DDTHH:mm for a date-time field, whose time is typed).
 */
export async function pickDate(page: Page, scope: Page | Locator, label: string, iso: string) {
  await scope.getByRole('button', { name: label, exact: true }).click()
  const dropdown = page.locator('.mantine-Popover-dropdown').last()
  await expect(dropdown).toBeVisible()
  await dropdown.getByRole('button', { name: '选择月份' }).click()
  await dropdown.getByRole('button', { name: '选择年份' }).click()
  const year = iso.slice(0, 4)
  const decadeStart = Number(year) - (Number(year) % 10)
  for (let i = 0; i < 20 && !(await dropdown.getByRole('button', { name: year, exact: true }).count()); i++) {
    const shown = Number(
      await dropdown
        .getByRole('button', { name: /^\d{4}$/ })
        .first()
        .textContent(),
    )
    await dropdown.getByRole('button', { name: shown > decadeStart ? '前十年' : '后十年' }).click()
  }
  await dropdown.getByRole('button', { name: year, exact: true }).click()
  await dropdown.getByRole('button', { name: `${Number(iso.slice(5, 7))}月`, exact: true }).click()
  await dropdown
    .getByRole('button', { name: new RegExp(`^${dayLabel(iso)}`) })
    .first()
    .click()
  const time = iso.slice(11, 16)
  if (time) {
    await dropdown.getByRole('spinbutton').first().fill(time.slice(0, 2))
    await dropdown.getByRole('spinbutton').nth(1).fill(time.slice(3, 5))
    await dropdown.getByRole('button', { name: '确定' }).click()
  }
  await expect(dropdown).toBeHidden()
}
