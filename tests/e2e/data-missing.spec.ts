/**
 * The empty-database guard (issue 11 item 6): the keeper (main's record in the desktop app, its
 * page twin here) remembers a workspace with cases; its IndexedDB is deleted; the app opens on
 * 「本机的案件记录不见了」 offering restore — not the first-run wizard.
 */
import { expect, test } from '@playwright/test'
import { asNewMediator, logout, loginOk, MEDIATOR } from './support/auth'
import { fillCase, fillPerson } from './support/case-form'

test('a deleted database where the keeper remembers cases shows the data-missing screen, not setup', async ({
  page,
}) => {
  await asNewMediator(page)
  await page.getByRole('link', { name: '登记案件' }).click()
  await fillCase(page, '楼上漏水纠纷，双方要求调解。', '请求依法调解。')
  await fillPerson(page, 0, { name: '欧阳明月' })
  await fillPerson(page, 1, { name: '吴强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toBeVisible()
  // The next login tells the keeper how much the workspace holds.
  await logout(page)
  await loginOk(page, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)

  const deleted = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const name = localStorage.getItem('mediation-room:database') ?? 'mediation-room'
        const r = indexedDB.deleteDatabase(name)
        r.onsuccess = () => resolve('deleted')
        r.onerror = () => resolve('error')
      }),
  )
  expect(deleted).toBe('deleted')
  await page.reload()
  await expect(page.getByTestId('data-missing')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('data-missing')).toContainText('1 件案件')
  await expect(page.getByRole('heading', { name: '初始设置' })).toHaveCount(0)
  await expect(page.getByTestId('missing-restore')).toBeVisible()
})
