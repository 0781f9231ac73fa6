import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CaseDetailPage, CaseRegisterPage } from '../../renderer/src/features/cases'
import { renderRoute } from './render-app'

const routes = [
  { path: '/cases/new', element: <CaseRegisterPage /> },
  { path: '/cases/:id', element: <CaseDetailPage /> },
]

describe('CaseRegisterPage', () => {
  it('shows zh-CN messages for missing fields and stores nothing', async () => {
    const user = userEvent.setup()
    const { db } = await renderRoute(routes, '/cases/new', { roles: ['mediator'] })
    await user.click(screen.getByRole('button', { name: '登记' }))
    expect(await screen.findByText('请先更正标红的内容。')).toBeInTheDocument()
    // facts, requests and both party names
    expect(screen.getAllByText('此项为必填项')).toHaveLength(4)
    expect(await db.cases.count()).toBe(0)
  })

  it('fills birth date and gender from a valid ID number, then registers', async () => {
    const user = userEvent.setup()
    const { db, router } = await renderRoute(routes, '/cases/new', { roles: ['mediator'] })
    await user.type(screen.getByLabelText(/简要案情/), '宅基地边界争议')
    await user.type(screen.getByLabelText(/申请事项/), '确认边界')
    const first = within(screen.getByTestId('party-0'))
    await user.type(first.getByLabelText(/姓名/), '刘芳')
    await user.type(first.getByLabelText('证件号码'), '11010519491231002X')
    await user.tab()
    expect(first.getByRole('button', { name: '出生日期' })).toHaveTextContent('1949-12-31')
    expect(first.getByRole('combobox', { name: /性别/ })).toHaveValue('女')
    await user.type(within(screen.getByTestId('party-1')).getByLabelText(/姓名/), '陈刚')
    await user.click(screen.getByRole('button', { name: '登记' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/))
    await screen.findByText('宅基地边界争议')
    expect(await db.cases.count()).toBe(1)
    // opening the case is audited once — the audit write itself must not make the screen re-read
    await new Promise((r) => setTimeout(r, 300))
    expect(
      await db.audit.where('[action+at]').between(['case.view', ''], ['case.view', '\uffff']).count(),
    ).toBe(1)
  })
})
