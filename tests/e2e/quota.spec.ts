/**
 * A full disk (issue 11 item 6) in Chromium: the origin's quota is shrunk through the DevTools
 * protocol (Storage.overrideQuotaForOrigin) to just above what the workspace uses, and cases are
 * registered until IndexedDB refuses. The clerk reads that the disk is full and nothing was saved;
 * IndexedDB holds no half-written case (every case has its tokens and persons, no orphan person);
 * the case list and a case still open. With the quota back, the same form registers.
 */
import { expect, test } from '@playwright/test'
import { asNewMediator } from './support/auth'
import { fillCase, fillPerson } from './support/case-form'
import { storedIntegrity } from './support/integrity'

test('registering past the quota says the disk is full, writes nothing half, and reading goes on', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000)
  await asNewMediator(page)
  const cdp = await page.context().newCDPSession(page)
  const origin = new URL(baseURL ?? page.url()).origin
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0)
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 64 * 1024 })

  const confirmed: string[] = []
  let refused = false
  for (let i = 0; i < 40 && !refused; i++) {
    await page.getByRole('link', { name: '案件', exact: true }).click()
    await page.getByRole('link', { name: '登记案件' }).click()
    await fillCase(
      page,
      `第${i}号楼上漏水纠纷，双方要求调解，${'邻里之间多次协商未果。'.repeat(20)}`,
      '请求依法调解。',
    )
    await fillPerson(page, 0, { name: `申请人${i}`, phone: `139000${String(10000 + i)}` })
    await fillPerson(page, 1, { name: `被申请人${i}` })
    await page.getByRole('button', { name: '登记', exact: true }).click()
    const number = page.getByTestId('case-number')
    const failure = page.getByTestId('form-failure')
    await expect(number.or(failure)).toBeVisible({ timeout: 30_000 })
    if (await failure.isVisible()) refused = true
    else confirmed.push((await number.innerText()).trim())
  }
  expect(refused).toBe(true)
  await expect(page.getByTestId('form-failure')).toHaveText(
    '磁盘空间不足，刚才的操作没有保存。请腾出磁盘空间后重试。',
  )
  await page.screenshot({ path: testInfo.outputPath('quota-refused.png') })

  const stored = await storedIntegrity(page)
  expect(stored.caseNos).toHaveLength(confirmed.length)
  expect(stored.casesWithoutTokens).toBe(0)
  expect(stored.casesWithMissingPersons).toBe(0)
  expect(stored.personsWithoutCase).toBe(0)

  // Reading still works: the list shows the last confirmed case, and it opens.
  await page.getByRole('link', { name: '案件', exact: true }).click()
  if (confirmed.length > 0) {
    const last = confirmed[confirmed.length - 1] as string
    await page.getByRole('link', { name: last }).click()
    await expect(page.getByTestId('case-number')).toHaveText(last)
  }

  // Space freed: the same registration goes through, numbered next.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin })
  await page.getByRole('link', { name: '案件', exact: true }).click()
  await page.getByRole('link', { name: '登记案件' }).click()
  await fillCase(page, '楼上漏水纠纷，双方要求调解。', '请求依法调解。')
  await fillPerson(page, 0, { name: '申请人甲' })
  await fillPerson(page, 1, { name: '被申请人乙' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toBeVisible({ timeout: 30_000 })
  const after = await storedIntegrity(page)
  expect(after.caseNos).toHaveLength(confirmed.length + 1)
  expect(after.personsWithoutCase).toBe(0)
})
