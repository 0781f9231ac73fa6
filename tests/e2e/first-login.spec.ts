/** An account an administrator created: its first login asks the person to choose their own password. */
import { expect, test } from '@playwright/test'
import { MEDIATOR, choosePassword, createUser, login, logout, setUpWorkspace } from './support/auth'

test('a user with an administrator-issued password is asked to choose their own at first login', async ({
  page,
}) => {
  await setUpWorkspace(page)
  await createUser(page, MEDIATOR)
  await logout(page)
  await login(page, MEDIATOR.username, MEDIATOR.password)
  await expect(page.getByRole('heading', { name: '设置您自己的密码' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: '案件' })).toHaveCount(0)
  // The issued password again is not a password of one's own.
  await choosePassword(page, MEDIATOR.password, MEDIATOR.password)
  await expect(page.getByText('新密码不能与初始密码相同')).toBeVisible()
  const own = 'my own mediation secret 7'
  await choosePassword(page, MEDIATOR.password, own)
  await expect(page.getByTestId('user-menu')).toHaveText(MEDIATOR.displayName, { timeout: 30_000 })
  await expect(page).toHaveURL(/#\/cases$/)

  await logout(page)
  await login(page, MEDIATOR.username, own)
  await expect(page.getByTestId('user-menu')).toHaveText(MEDIATOR.displayName, { timeout: 30_000 })
  await expect(page.getByRole('heading', { name: '设置您自己的密码' })).toHaveCount(0)
})
