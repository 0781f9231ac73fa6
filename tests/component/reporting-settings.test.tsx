import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { activeSubtypes } from '../../renderer/src/domain/cases/dispute-catalogue'
import { DisputeCatalogueCard } from '../../renderer/src/features/settings/SettingsPage/DisputeCatalogueCard'
import { RosterCard } from '../../renderer/src/features/settings/SettingsPage/RosterCard'
import { renderWithSession } from './render-app'

async function choose(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, option: string) {
  await user.click(select)
  await user.click(await screen.findByRole('option', { name: option }))
}

describe('DisputeCatalogueCard', { timeout: 60_000 }, () => {
  it('adds a local sub-type under a reported type, then retires it: new cases no longer offer it', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<DisputeCatalogueCard />)
    expect(await screen.findByText('还没有子类，登记时只选 15 类纠纷类型。')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '增加子类' }))
    await user.type(screen.getByRole('textbox', { name: '子类名称' }), '物业费纠纷')
    await choose(user, screen.getByRole('combobox', { name: '归入的纠纷类型' }), '物业')
    await user.click(screen.getByRole('button', { name: '保存' }))

    await waitFor(async () =>
      expect(await repositories.settings.getDisputeCatalogue()).toEqual([
        expect.objectContaining({ label: '物业费纠纷', parent: 'property-management', retired: false }),
      ]),
    )
    // Stored: it may be renamed or retired, never moved to another reported type.
    await waitFor(() => expect(screen.getByRole('combobox', { name: '归入的纠纷类型' })).toBeDisabled())
    const { items } = await repositories.audit.list({ action: 'settings.update', page: 0, pageSize: 10 })
    expect(items.map((e) => e.targetId)).toContain('dispute-catalogue')

    await user.click(screen.getByRole('checkbox', { name: '停用 物业费纠纷' }))
    await user.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(async () => {
      const catalogue = await repositories.settings.getDisputeCatalogue()
      expect(catalogue[0]?.retired).toBe(true)
      expect(activeSubtypes(catalogue, 'property-management')).toEqual([])
    })
  })

  it('refuses two active sub-types of one name under one type, and saves nothing', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<DisputeCatalogueCard />)
    await screen.findByText('还没有子类，登记时只选 15 类纠纷类型。')
    for (let i = 0; i < 2; i++) await user.click(screen.getByRole('button', { name: '增加子类' }))
    for (const box of screen.getAllByRole('textbox', { name: '子类名称' })) await user.type(box, '彩礼返还')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('同一纠纷类型下已有同名的子类型')).toBeInTheDocument()
    expect(await repositories.settings.getDisputeCatalogue()).toEqual([])
  })
})

describe('RosterCard', { timeout: 60_000 }, () => {
  it('records the committees a 司法所 supervises and their mediators; the statistics report the counts', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<RosterCard />)
    expect(await repositories.statistics.roster()).toBeNull()
    await screen.findByText('还没有登记调委会。')

    for (let i = 0; i < 2; i++) await user.click(screen.getByRole('button', { name: '增加调委会' }))
    const rows = screen.getAllByRole('row').slice(1)
    const fill = async (row: HTMLElement, name: string, type: string, full: string, part: string) => {
      const cell = within(row)
      await user.type(cell.getByRole('textbox', { name: '调委会名称' }), name)
      await choose(user, cell.getByRole('combobox', { name: '类型' }), type)
      await user.clear(cell.getByRole('textbox', { name: '专职调解员（人）' }))
      await user.type(cell.getByRole('textbox', { name: '专职调解员（人）' }), full)
      await user.clear(cell.getByRole('textbox', { name: '兼职调解员（人）' }))
      await user.type(cell.getByRole('textbox', { name: '兼职调解员（人）' }), part)
    }
    await fill(rows[0] as HTMLElement, '春柳街道人民调解委员会', '街道人民调解委员会', '2', '5')
    await fill(rows[1] as HTMLElement, '东方社区人民调解委员会', '居（社区）人民调解委员会', '1', '7')
    expect(screen.getByTestId('roster-totals')).toHaveTextContent(
      '共 2 个调委会，专职调解员 3 人，兼职调解员 12 人。',
    )
    await user.click(screen.getByRole('button', { name: '保存' }))

    await waitFor(async () =>
      expect(await repositories.statistics.roster()).toEqual(
        expect.objectContaining({ committees: 2, fullTime: 3, partTime: 12 }),
      ),
    )
    const counts = await repositories.statistics.roster()
    expect(counts?.byType.street).toBe(1)
    expect(counts?.byType.community).toBe(1)
  })

  it('refuses a committee without a name, and saves nothing', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<RosterCard />)
    await screen.findByText('还没有登记调委会。')
    await user.click(screen.getByRole('button', { name: '增加调委会' }))
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('此项为必填')).toBeInTheDocument()
    expect(await repositories.settings.getRoster()).toEqual({ committees: [] })
  })
})
