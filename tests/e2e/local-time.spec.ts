/**
 * Local time: a room in Asia/Shanghai exporting at 07:30 (still yesterday in UTC) gets a bundle
 * named with today's local date, and its certificate's validity starts today.
 */
import { expect, test } from '@playwright/test'
import { setUpWorkspace } from './support/auth'

test.use({ timezoneId: 'Asia/Shanghai' })

test('a bundle exported at 07:30 local is named with the local date', async ({ page }) => {
  test.setTimeout(180_000)
  // 2026-12-04 07:30 in Shanghai = 2026-12-03 23:30 UTC; the clock runs on from there.
  await page.clock.install({ time: new Date('2026-12-03T23:30:00Z') })
  await setUpWorkspace(page)
  await page.getByRole('link', { name: '导出' }).click()
  await expect(page.getByTestId('own-fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, {
    timeout: 30_000,
  })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '生成数据包' }).click()
  const name = (await download).suggestedFilename()
  expect(name).toMatch(/-20261204-07\d\d\.zip$/)
  expect(name).not.toContain('20261203')

  await page.getByRole('link', { name: '设置' }).click()
  await page.getByTestId('certificate-create').click()
  await expect(page.getByTestId('certificate-details')).toContainText('2026-12-04', { timeout: 30_000 })
  await expect(page.getByTestId('certificate-details')).not.toContainText('2026-12-03')
})
