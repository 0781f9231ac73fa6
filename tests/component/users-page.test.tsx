import { ADMIN, renderWithSession } from './render-app'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { generateRecoveryKey, login } from '../../renderer/src/data'
import { UsersPage } from '../../renderer/src/features/users'
import { keeperOf } from '../builders/session'

const PASSWORD = 'Mediation-2026'

async function openCreateModal(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '新建用户' }))
  return within(await screen.findByRole('dialog'))
}

describe('UsersPage', { timeout: 60_000 }, () => {
  it('creates a user with several roles through the modal and lists them', async () => {
    const user = userEvent.setup()
    const { db } = await renderWithSession(<UsersPage />)
    const adminRow = within(await screen.findByTestId(`user-row-${ADMIN.username}`))
    expect(adminRow.getByText('管理员')).toBeInTheDocument()
    expect(adminRow.getByText('启用')).toBeInTheDocument()

    const dialog = await openCreateModal(user)
    await user.type(dialog.getByLabelText(/用户名/), 'lihua')
    await user.type(dialog.getByLabelText(/姓名/), '李华')
    await user.click(dialog.getByRole('checkbox', { name: '调解员' }))
    await user.click(dialog.getByRole('checkbox', { name: '司法所工作人员' }))
    await user.type(dialog.getByLabelText(/初始密码/), PASSWORD)
    await user.type(dialog.getByLabelText(/再次输入密码/), PASSWORD)
    await user.click(dialog.getByRole('button', { name: '创建' }))

    const row = within(await screen.findByTestId('user-row-lihua', {}, { timeout: 10_000 }))
    expect(row.getByText('李华')).toBeInTheDocument()
    expect(row.getByText('调解员')).toBeInTheDocument()
    expect(row.getByText('司法所工作人员')).toBeInTheDocument()
    expect(await screen.findByText('已创建用户 lihua。')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const stored = await db.users.where('username').equals('lihua').first()
    expect(stored?.roles).toEqual(['mediator', 'judicial'])
  })

  it('refuses a username that is taken, in zh-CN, and stores nothing', async () => {
    const user = userEvent.setup()
    const { db, t } = await renderWithSession(<UsersPage />)
    await screen.findByTestId(`user-row-${ADMIN.username}`)
    const dialog = await openCreateModal(user)
    await user.type(dialog.getByLabelText(/用户名/), ADMIN.username)
    await user.type(dialog.getByLabelText(/姓名/), '另一个王静')
    await user.click(dialog.getByRole('checkbox', { name: '调解员' }))
    await user.type(dialog.getByLabelText(/初始密码/), PASSWORD)
    await user.type(dialog.getByLabelText(/再次输入密码/), PASSWORD)
    await user.click(dialog.getByRole('button', { name: '创建' }))

    const message = t('auth.errors.username-taken')
    expect(message).not.toBe('auth.errors.username-taken')
    expect(await dialog.findByText(message, {}, { timeout: 10_000 })).toBeInTheDocument()
    expect(await db.users.count()).toBe(1)
  })

  it('checks the form before asking the repository: roles and the repeated password', async () => {
    const user = userEvent.setup()
    const { db, t } = await renderWithSession(<UsersPage />)
    const dialog = await openCreateModal(user)
    await user.type(dialog.getByLabelText(/用户名/), 'zhaolei')
    await user.type(dialog.getByLabelText(/姓名/), '赵磊')
    await user.type(dialog.getByLabelText(/初始密码/), PASSWORD)
    await user.type(dialog.getByLabelText(/再次输入密码/), `${PASSWORD}x`)
    await user.click(dialog.getByRole('button', { name: '创建' }))

    for (const key of ['validation.passwordMismatch', 'validation.rolesMin']) expect(t(key)).not.toBe(key)
    expect(await dialog.findByText(t('validation.passwordMismatch'))).toBeInTheDocument()
    expect(dialog.getByText(t('validation.rolesMin'))).toBeInTheDocument()
    expect(dialog.getByText('请先更正标红的内容。')).toBeInTheDocument()
    expect(await db.users.count()).toBe(1)
  })

  it('refuses a password reset with the wrong recovery key, and accepts the right one', async () => {
    const user = userEvent.setup()
    const { db, t, repositories, recoveryKey } = await renderWithSession(<UsersPage />)
    const created = await repositories.users.create({
      username: 'lihua',
      displayName: '李华',
      roles: ['counsellor'],
      password: PASSWORD,
    })
    const before = await db.users.get(created.id)

    const row = within(await screen.findByTestId('user-row-lihua'))
    await user.click(row.getByRole('button', { name: '重置密码' }))
    const dialog = within(await screen.findByRole('dialog'))
    expect(dialog.getByTestId('reset-explain')).toHaveTextContent(/恢复密钥/)
    expect(dialog.getByTestId('reset-explain')).toHaveTextContent(/不会丢失/)

    await user.type(dialog.getByLabelText(/恢复密钥/), generateRecoveryKey())
    await user.type(dialog.getByLabelText(/^新密码/), 'Another-pass-1')
    await user.type(dialog.getByLabelText(/再次输入新密码/), 'Another-pass-1')
    await user.click(dialog.getByRole('button', { name: '重置密码' }))

    const refused = t('auth.errors.recovery-key-wrong')
    expect(refused).not.toBe('auth.errors.recovery-key-wrong')
    expect(await dialog.findByText(refused, {}, { timeout: 10_000 })).toBeInTheDocument()
    expect((await db.users.get(created.id))?.updatedAt).toBe(before?.updatedAt)

    const keyInput = dialog.getByLabelText(/恢复密钥/)
    await user.clear(keyInput)
    await user.type(keyInput, recoveryKey.toLowerCase())
    await user.click(dialog.getByRole('button', { name: '重置密码' }))
    expect(
      await screen.findByText(
        '已为 lihua 重置密码。请把新密码告诉本人：下次登录时，本人要改设自己的密码。',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
    const session = await login(db, keeperOf(db), 'lihua', 'Another-pass-1')
    expect(session.user.username).toBe('lihua')
  })

  it('disables and enables another user, never oneself', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<UsersPage />)
    await repositories.users.create({
      username: 'lihua',
      displayName: '李华',
      roles: ['mediator'],
      password: PASSWORD,
    })
    const own = within(await screen.findByTestId(`user-row-${ADMIN.username}`))
    expect(own.getByRole('button', { name: '停用' })).toHaveAttribute('aria-disabled', 'true')

    const row = within(await screen.findByTestId('user-row-lihua'))
    await user.click(row.getByRole('button', { name: '停用' }))
    expect(await row.findByText('已停用')).toBeInTheDocument()
    await user.click(row.getByRole('button', { name: '启用' }))
    await waitFor(() => expect(row.queryByText('已停用')).not.toBeInTheDocument())
  })
})
