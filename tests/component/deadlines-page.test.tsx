import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { CaseDraft } from '../../renderer/src/domain/cases/draft'
import { addDays } from '../../renderer/src/domain/deadlines/calendar'
import { todayIso } from '../../renderer/src/domain/shared/dates'
import { DeadlineCounts, DeadlinesPage } from '../../renderer/src/features/deadlines'
import { makeOrganisation, makePerson } from '../builders/cases'
import { renderRoute } from './render-app'

const NO_HOLIDAYS = { offDays: [], workingWeekends: [] }
const daysFromToday = (n: number) => addDays(todayIso(), n, 'calendar', NO_HOLIDAYS)

/** A case registered and accepted `daysAgo` days ago (the import takes acceptance from createdAt). */
function draft(name: string, daysAgo: number, patch: Partial<CaseDraft> = {}): CaseDraft {
  const at = `${daysFromToday(-daysAgo)}T04:00:00.000Z`
  return {
    kind: 'administrative',
    sector: 'labour',
    source: 'party-application',
    disputeType: 'labour',
    status: 'mediating',
    outcome: null,
    riskLevel: null,
    createdAt: at,
    updatedAt: at,
    facts: '两车追尾，就修车费用发生争议。',
    requests: '请求赔偿修车费用。',
    parties: [makePerson({ name }), makeOrganisation()],
    records: [],
    ...patch,
  }
}

/**
 * A limit whose last day is a rest day moves to the next working day (tested with the real calendar in
 * tests/unit/deadlines): here every weekend around today is a working day, so the dates below are
 * plain arithmetic whatever day the test runs.
 */
async function withoutDaysOff(view: Awaited<ReturnType<typeof renderRoute>>) {
  const weekends: string[] = []
  for (let n = -60; n <= 30; n++) {
    const day = daysFromToday(n)
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
    if (weekday === 0 || weekday === 6) weekends.push(day)
  }
  await view.repos.settings.setHolidayCalendar({ offDays: [], workingWeekends: weekends })
}

const ROUTES = [
  { path: '/deadlines', element: <DeadlinesPage /> },
  { path: '/cases/:id', element: <p>案件详情页</p> },
]

describe('DeadlinesPage', { timeout: 60_000 }, () => {
  it('lists overdue cases and those due within three days, with links, due dates and days', async () => {
    const view = await renderRoute(ROUTES, '/deadlines', { roles: ['mediator'] })
    expect(await screen.findByText('没有逾期的案件。')).toBeInTheDocument()
    expect(screen.getByText('三日内没有到期的案件。')).toBeInTheDocument()

    // 劳动争议 mediation runs 15 days from the application (劳动争议调解仲裁法 Art. 14).
    await withoutDaysOff(view)
    await act(() =>
      view.repositories.cases.importDrafts([
        draft('逾期甲', 17), // due 2 days ago
        draft('今日乙', 15), // due today
        draft('明日丙', 14), // due tomorrow
        draft('后日丁', 13), // due the day after tomorrow
        draft('尚早戊', 12), // due in three days: not yet
        draft('已结己', 30, { status: 'closed', outcome: 'agreed' }), // closed: no deadline runs
      ]),
    )

    const overdue = within(await screen.findByTestId('deadlines-overdue'))
    const overdueRow = (await overdue.findByText(/逾期甲/)).closest('tr') as HTMLElement
    expect(within(overdueRow).getByText(daysFromToday(-2))).toBeInTheDocument()
    expect(within(overdueRow).getByText('逾期 2 天')).toBeInTheDocument()
    expect(within(overdueRow).getByText('调解中')).toBeInTheDocument()
    expect(overdue.getAllByRole('row')).toHaveLength(2)

    const dueSoon = within(screen.getByTestId('deadlines-due-soon'))
    const rows = dueSoon.getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      '今日乙、大连某物业服务有限公司',
      '明日丙、大连某物业服务有限公司',
      '后日丁、大连某物业服务有限公司',
    ])
    expect(within(rows[0]!).getByText('今日到期')).toBeInTheDocument()
    expect(within(rows[1]!).getByText('剩余 1 天')).toBeInTheDocument()
    expect(within(rows[2]!).getByText(daysFromToday(2))).toBeInTheDocument()
    expect(screen.queryByText(/尚早戊|已结己/)).not.toBeInTheDocument()

    const link = within(overdueRow).getByRole('link')
    // An administrative case is numbered by its 行政机关 (issue 14), no longer under the committee's 人调字.
    expect(link.textContent).toMatch(/行调字第\d{4}号/)
    await userEvent.setup().click(link)
    expect(await screen.findByText('案件详情页')).toBeInTheDocument()
    expect(view.router.state.location.pathname).toMatch(/^\/cases\/.+/)
  })

  it('says when a limit moved past a holiday: the last day falls on a day off, the next working day counts', async () => {
    const view = await renderRoute(ROUTES, '/deadlines', { roles: ['mediator'] })
    await withoutDaysOff(view)
    const calendar = await view.repos.settings.getHolidayCalendar()
    // Today is declared a day off: a 15-day limit that ends today ends tomorrow instead.
    await view.repos.settings.setHolidayCalendar({
      offDays: [todayIso()],
      workingWeekends: calendar.workingWeekends.filter((d) => d !== todayIso()),
    })
    await act(() => view.repositories.cases.importDrafts([draft('顺延甲', 15)]))

    const soon = within(await screen.findByTestId('deadlines-due-soon'))
    const row = (await soon.findByText(/顺延甲/)).closest('tr') as HTMLElement
    expect(within(row).getByText(daysFromToday(1))).toBeInTheDocument()
    expect(within(row).getByTestId('deadline-moved')).toHaveTextContent(
      `原末日 ${todayIso()} 为节假日或休息日，顺延`,
    )
  })

  it('refuses a counsellor, who sees no mediation case', async () => {
    await renderRoute(ROUTES, '/deadlines', { roles: ['counsellor'] })
    expect(await screen.findByRole('alert')).toHaveTextContent('您的角色无权查看此内容。')
  })
})

describe('DeadlineCounts', { timeout: 60_000 }, () => {
  it('shows how many cases are overdue and due within three days', async () => {
    const view = await renderRoute([{ path: '/', element: <DeadlineCounts /> }], '/', { roles: ['mediator'] })
    expect(await screen.findByText('逾期 0')).toBeInTheDocument()
    await withoutDaysOff(view)
    await act(() => view.repositories.cases.importDrafts([draft('甲', 16), draft('乙', 17), draft('丙', 14)]))
    expect(await screen.findByText('逾期 2')).toBeInTheDocument()
    expect(screen.getByText('三日内到期 1')).toBeInTheDocument()
    expect(screen.getByText('逾期 2').closest('a')).toHaveAttribute('href', '/deadlines')
  })
})
