/**
 * 卷宗保管期限 (设置): the defaults per kind of mediation (协议类 30年, 一般类 10年), an administrator's
 * change saved with its audit entry, and the value read back.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ArchiveRetentionCard } from '../../renderer/src/features/settings/SettingsPage/ArchiveRetentionCard'
import { renderWithSession } from './render-app'

describe('ArchiveRetentionCard', { timeout: 60_000 }, () => {
  it('shows the defaults, saves a changed period per kind, and audits it', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<ArchiveRetentionCard />)
    const peopleAgreement = await screen.findByRole('combobox', { name: '人民调解 协议类' })
    await waitFor(() => expect(peopleAgreement).toBeEnabled())
    expect(peopleAgreement).toHaveValue('30年')
    expect(screen.getByRole('combobox', { name: '行政调解 一般类' })).toHaveValue('10年')

    await user.click(peopleAgreement)
    await user.click(await screen.findByRole('option', { name: '长期' }))
    await user.click(screen.getByRole('combobox', { name: '委托调解 一般类' }))
    await user.click(await screen.findByRole('option', { name: '30年' }))
    await user.click(screen.getByRole('button', { name: '保存' }))

    await waitFor(async () =>
      expect(await repositories.settings.getRetention()).toEqual({
        people: { agreement: 'long', other: '10y' },
        administrative: { agreement: '30y', other: '10y' },
        'court-delegated': { agreement: '30y', other: '10y' },
        'court-entrusted': { agreement: '30y', other: '30y' },
      }),
    )
    expect(await screen.findByText('设置已保存。')).toBeInTheDocument()
    const audit = await repositories.audit.exportAll()
    const entry = audit.filter((e) => e.action === 'settings.update').at(-1)
    expect(entry?.targetId).toBe('archive-retention')
    expect(entry?.details).toMatchObject({ people: 'long/10y', 'court-entrusted': '30y/30y' })
  })
})
