import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { StatisticsSettingsCard } from '../../renderer/src/features/settings/SettingsPage/StatisticsSettingsCard'
import { renderWithSession } from './render-app'

describe('StatisticsSettingsCard', { timeout: 60_000 }, () => {
  it('defaults to 受理数, saves 办结数 as 成功率’s denominator, and the statutory tables use it', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<StatisticsSettingsCard />)
    const received = await screen.findByRole('radio', { name: '受理数（司法局口径）' })
    await waitFor(() => expect(received).toBeChecked())
    await user.click(screen.getByRole('radio', { name: '办结数' }))
    await user.click(screen.getByLabelText('防止群体性械斗'))
    await user.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(async () =>
      expect(await repositories.settings.getStatisticsSettings()).toEqual({
        rateBase: 'concluded',
        prevention: ['criminal', 'suicide', 'mass-incident', 'mass-petition'],
      }),
    )
    const tables = await repositories.statistics.statutory({ kind: 'year', year: 2026 })
    expect(tables.every((t) => t.rateBase === 'concluded')).toBe(true)
    expect(tables[0]?.headings.map((h) => h.group)).not.toContain('prevention-mass-fight')
  })

  it('refuses a table without any prevention column, and saves nothing', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<StatisticsSettingsCard />)
    for (const label of ['防止民转刑', '防止自杀', '防止群体性事件', '防止群体性械斗', '防止群体性上访']) {
      const box = await screen.findByLabelText(label)
      await waitFor(() => expect(box).toBeChecked())
      await user.click(box)
    }
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('此项为必填')).toBeInTheDocument()
    expect((await repositories.settings.getStatisticsSettings()).rateBase).toBe('received')
    expect((await repositories.settings.getStatisticsSettings()).prevention).toHaveLength(5)
  })
})
