/**
 * The administrator's counselling card: anonymous counts, and handing a departing counsellor's
 * files over with the recovery key — a wrong key is told at the field and changes nothing.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { generateRecoveryKey, login } from '../../renderer/src/data'
import { createRepositories } from '../../renderer/src/data/repositories'
import { CounsellingAdminCard } from '../../renderer/src/features/counselling'
import { makeClient } from '../builders/counselling'
import { TEST_KDF, keeperOf } from '../builders/session'
import { renderWithSession } from './render-app'

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: RegExp) {
  await user.click(screen.getByRole('combobox', { name: label }))
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('CounsellingAdminCard', { timeout: 60_000 }, () => {
  it('shows counts only, refuses a wrong recovery key, then hands the files over', async () => {
    const user = userEvent.setup()
    const { db, repositories, recoveryKey } = await renderWithSession(<CounsellingAdminCard />)
    const accounts: [string, string][] = [
      ['leaving', '离职咨询师'],
      ['taking', '接手咨询师'],
    ]
    for (const [username, displayName] of accounts) {
      await repositories.users.create({
        username,
        displayName,
        roles: ['counsellor'],
        password: `${username} blue harbour 42`,
      })
    }
    const leaving = createRepositories(
      db,
      await login(db, keeperOf(db), 'leaving', 'leaving blue harbour 42'),
      {
        kdfCost: TEST_KDF,
      },
    )
    await login(db, keeperOf(db), 'taking', 'taking blue harbour 42')
    await leaving.counselling.createClient(makeClient({ name: 'SECRETNAME' }))

    const card = within(await screen.findByTestId('counselling-admin'))
    await waitFor(() => expect(card.getByTestId('counselling-counts')).toHaveTextContent('咨询对象 1 人'))
    expect(document.body.textContent).not.toContain('SECRETNAME')

    await choose(user, '移交人', /离职咨询师/)
    await choose(user, '接收人', /接手咨询师/)
    await user.type(card.getByRole('textbox', { name: /恢复密钥/ }), generateRecoveryKey())
    await user.click(card.getByRole('button', { name: '移交' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '移交' }))
    expect(await card.findByText('恢复密钥不正确')).toBeInTheDocument()
    const leavingId = (await db.users.where('username').equals('leaving').first())?.id
    expect(
      await db.counsellingClients
        .where('ownerId')
        .equals(leavingId ?? '')
        .count(),
    ).toBe(1)

    await user.clear(card.getByRole('textbox', { name: /恢复密钥/ }))
    await user.type(card.getByRole('textbox', { name: /恢复密钥/ }), recoveryKey)
    await user.click(card.getByRole('button', { name: '移交' }))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '移交' }))
    expect(
      await screen.findByText('已移交 1 份档案、0 条记录。', {}, { timeout: 20_000 }),
    ).toBeInTheDocument()
    expect(
      await db.counsellingClients
        .where('ownerId')
        .equals(leavingId ?? '')
        .count(),
    ).toBe(0)
  })
})
