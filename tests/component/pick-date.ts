/** Picking a date in the app's one date field (@mantine/dates) in jsdom, as a person does. */
import { within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

const dayLabel = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`

/** Opens `field` (the picker's button), walks up to the decade and picks year, month and day of `iso`. */
export async function pickDate(user: UserEvent, field: HTMLElement, iso: string): Promise<void> {
  await user.click(field)
  const dropdown = within(document.body)
  await user.click(dropdown.getByRole('button', { name: '选择月份' }))
  await user.click(dropdown.getByRole('button', { name: '选择年份' }))
  const year = iso.slice(0, 4)
  for (let i = 0; i < 20 && !dropdown.queryByRole('button', { name: year }); i++) {
    const shown = Number(dropdown.getAllByRole('button', { name: /^\d{4}$/ })[0]?.textContent)
    await user.click(dropdown.getByRole('button', { name: shown > Number(year) ? '前十年' : '后十年' }))
  }
  await user.click(dropdown.getByRole('button', { name: year }))
  await user.click(dropdown.getByRole('button', { name: `${Number(iso.slice(5, 7))}月` }))
  const [day] = dropdown.getAllByRole('button', { name: new RegExp(`^${dayLabel(iso)}`) })
  if (!day) throw new Error(`no day ${iso} in the picker`)
  await user.click(day)
}
