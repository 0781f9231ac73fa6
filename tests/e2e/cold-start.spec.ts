/**
 * Cold start (issue 17 item 4): the login screen needs at most 1 MB of JavaScript before gzip —
 * routes and heavy features (documents, signing, statistics, export, counselling, demo data, xlsx,
 * PDF, DOCX, fonts, the password dictionaries) are loaded on first use. Checked on the build's
 * declared entry + preloads, and on what Chromium actually fetched to show the login screen after a
 * reload. (How long it takes is the benchmark's business: `npm run bench`, metric cold-start.login.)
 */
import { expect, test } from '@playwright/test'
import { ADMIN, loginOk, logout, setUpWorkspace } from './support/auth'
import { FIRST_SCREEN_LIMIT_BYTES, firstScreenScripts } from './support/first-screen'

/** Chunks that must never be part of the first screen (rolldown names a chunk after its module). */
const HEAVY =
  /pdfmake|exceljs|render-docx|docx|NotoSerif|demo|signing(?!-activity)|counselling|statistics|password-engine|language-|node-forge|lib-|documents|export-|cases-|records-more/i

test('the build declares at most 1 MB of JavaScript for the first screen', () => {
  const scripts = firstScreenScripts()
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0)
  expect(scripts.length).toBeGreaterThan(0)
  expect(total, scripts.map((s) => `${s.file} ${s.bytes}`).join('\n')).toBeLessThanOrEqual(
    FIRST_SCREEN_LIMIT_BYTES,
  )
})

test('the login screen after a reload fetches at most 1 MB of JavaScript and no heavy feature', async ({
  page,
}) => {
  await setUpWorkspace(page)
  await logout(page)
  await page.reload()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({
        file: new URL(e.name).pathname.split('/').pop() ?? e.name,
        bytes: (e as PerformanceResourceTiming).decodedBodySize,
      })),
  )
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0)
  const listing = scripts.map((s) => `${s.file} ${s.bytes}`).join('\n')
  expect(scripts.length, listing).toBeGreaterThan(0)
  expect(total, listing).toBeLessThanOrEqual(FIRST_SCREEN_LIMIT_BYTES)
  expect(scripts.filter((s) => HEAVY.test(s.file)).map((s) => s.file)).toEqual([])
  // And the app works from there: logging in loads the rest.
  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await expect(page.getByRole('link', { name: '用户管理' })).toBeVisible()
})
