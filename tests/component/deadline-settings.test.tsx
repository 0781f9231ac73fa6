import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { defaultHolidayCalendar } from '../../renderer/src/domain/deadlines/default-calendar'
import { DeadlineRulesCard } from '../../renderer/src/features/settings/SettingsPage/DeadlineRulesCard'
import { HolidayCalendarCard } from '../../renderer/src/features/settings/SettingsPage/HolidayCalendarCard'
import { renderWithSession } from './render-app'
import { pickDate } from './pick-date'

describe('DeadlineRulesCard', { timeout: 60_000 }, () => {
  it('lists every rule with its labels, saves an edited length', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<DeadlineRulesCard />)
    const table = within(await screen.findByTestId('deadline-rules'))
    const row = within((await table.findAllByText('委托调解'))[0]!.closest('tr') as HTMLElement)
    expect(row.getByText('调解期限')).toBeInTheDocument()
    expect(row.getByText('法院委派/委托')).toBeInTheDocument()
    const consumer = within(table.getByText('受理期限').closest('tr') as HTMLElement)
    expect(consumer.getByText('消费投诉')).toBeInTheDocument()
    expect(consumer.getByText('登记（收到申请）')).toBeInTheDocument()

    const length = row.getByRole('textbox', { name: /委托调解.*调解期限时长/ })
    await user.clear(length)
    await user.type(length, '7')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('办理期限已保存。')).toBeInTheDocument()
    const rules = await repositories.settings.getDeadlineRules()
    expect(rules.find((r) => r.id === 'court-entrusted.conclude')?.length).toBe(7)
  })

  it('shows translated validation messages and saves nothing', async () => {
    const user = userEvent.setup()
    const { db } = await renderWithSession(<DeadlineRulesCard />)
    const table = within(await screen.findByTestId('deadline-rules'))
    const people = within((await table.findAllByText('人民调解'))[0]!.closest('tr') as HTMLElement)
    const length = people.getByRole('textbox', { name: /人民调解.*调解期限时长/ })
    await user.clear(length)
    await user.type(length, '30')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请输入 1–24 之间的整数月数')).toBeInTheDocument()
    expect(screen.getByText('请先更正标红的内容。')).toBeInTheDocument()

    await user.clear(length)
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请输入 1–366 之间的整数天数')).toBeInTheDocument()
    expect(await db.settings.get('deadline-rules')).toBeUndefined()
  })
})

describe('HolidayCalendarCard', { timeout: 60_000 }, () => {
  it('shows a year of the built-in calendar with holiday names', async () => {
    const user = userEvent.setup()
    await renderWithSession(<HolidayCalendarCard />)
    await user.click(await screen.findByRole('combobox', { name: '年份' }))
    await user.click(await screen.findByRole('option', { name: '2025' }))
    const table = within(await screen.findByTestId('holiday-calendar'))
    const national = within(table.getByText('2025-10-01').closest('tr') as HTMLElement)
    expect(national.getByText('放假日')).toBeInTheDocument()
    expect(national.getByText('周三')).toBeInTheDocument()
    expect(national.getByText('国庆节')).toBeInTheDocument()
    const makeUp = within(table.getByText('2025-09-28').closest('tr') as HTMLElement)
    expect(makeUp.getByText('调休上班日')).toBeInTheDocument()
    expect(makeUp.getByText('周日')).toBeInTheDocument()
  })

  it('adds and removes a day, refuses a weekday as working weekend, and resets', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<HolidayCalendarCard />)
    const date = await screen.findByRole('button', { name: '日期' })
    await waitFor(() => expect(screen.getByRole('button', { name: '恢复内置日历' })).toBeEnabled())

    await pickDate(user, date, '2031-03-05')
    await user.click(screen.getByRole('button', { name: '添加' }))
    // the picker shows the date too: wait for the table's row
    await within(screen.getByTestId('holiday-calendar')).findByText('2031-03-05')
    const table = within(screen.getByTestId('holiday-calendar'))
    expect(table.getByText('周三')).toBeInTheDocument()
    expect((await repositories.settings.getHolidayCalendar()).offDays).toContain('2031-03-05')

    await pickDate(user, date, '2031-03-06')
    await user.click(screen.getByRole('combobox', { name: '类型' }))
    await user.click(await screen.findByRole('option', { name: '调休上班日' }))
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(await screen.findByText('调休上班日必须是星期六或星期日')).toBeInTheDocument()
    expect((await repositories.settings.getHolidayCalendar()).workingWeekends).not.toContain('2031-03-06')

    await user.click(table.getByRole('button', { name: '删除 2031-03-05' }))
    expect(await screen.findByText('2031 年没有放假日或调休上班日。')).toBeInTheDocument()
    await waitFor(async () =>
      expect((await repositories.settings.getHolidayCalendar()).offDays).not.toContain('2031-03-05'),
    )

    await user.click(screen.getByRole('button', { name: '恢复内置日历' }))
    await user.click(await screen.findByTestId('confirm-reset-calendar'))
    expect(await screen.findByText('已恢复内置日历。')).toBeInTheDocument()
    expect(await repositories.settings.getHolidayCalendar()).toEqual(defaultHolidayCalendar())
  })

  it('imports a pasted State Council list, audited with the calendar', async () => {
    const user = userEvent.setup()
    const { repositories } = await renderWithSession(<HolidayCalendarCard />)
    await waitFor(() => expect(screen.getByRole('button', { name: '恢复内置日历' })).toBeEnabled())
    await user.type(
      screen.getByLabelText(/粘贴国务院放假通知/),
      '元旦 2031-01-01 至 2031-01-03 放假{enter}2031年1月4日 上班',
    )
    await user.click(screen.getByRole('button', { name: '导入粘贴的日期' }))
    expect(await screen.findByText('已导入 3 个放假日、1 个调休上班日。')).toBeInTheDocument()
    const cal = await repositories.settings.getHolidayCalendar()
    expect(cal.offDays).toEqual(expect.arrayContaining(['2031-01-01', '2031-01-02', '2031-01-03']))
    expect(cal.workingWeekends).toContain('2031-01-04')
  })

  it('refuses a mediator’s change in the repository', async () => {
    const user = userEvent.setup()
    await renderWithSession(<HolidayCalendarCard />, { roles: ['mediator'] })
    await waitFor(() => expect(screen.getByRole('button', { name: '恢复内置日历' })).toBeEnabled())
    await pickDate(user, screen.getByRole('button', { name: '日期' }), '2031-03-05')
    await user.click(screen.getByRole('button', { name: '添加' }))
    expect(await screen.findByText('操作失败，请重试。')).toBeInTheDocument()
  })
})
