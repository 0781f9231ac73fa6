import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createRepositories } from '../../renderer/src/data/repositories'
import type { Role } from '../../renderer/src/domain/auth/roles'
import { CaseDetailPage, CaseRegisterPage } from '../../renderer/src/features/cases'
import { PersonPage } from '../../renderer/src/features/persons'
import { makeOrganisation, makePerson, makeRegistration } from '../builders/cases'
import { sessionAs } from '../builders/session'
import { renderRoute } from './render-app'

const routes = [
  { path: '/', element: <div /> },
  { path: '/persons/:id', element: <PersonPage /> },
  { path: '/cases/:id', element: <CaseDetailPage /> },
]

/** Two cases of the same person (the second linked to the first's record), then the person page. */
async function personWithTwoCases(roles: Role[] = ['mediator']) {
  const view = await renderRoute(routes, '/', { roles })
  // Registering needs a mediator, whatever the viewer's roles.
  const mediator = createRepositories(view.db, sessionAs(view.session, ['mediator'], 'registrar'))
  const first = await mediator.cases.register(makeRegistration())
  const personId = first.parties[0]?.personId ?? ''
  const second = await mediator.cases.register(
    makeRegistration({
      kind: 'administrative',
      sector: 'consumer',
      parties: [makePerson({ personId }), makeOrganisation()],
    }),
  )
  await act(() => view.router.navigate(`/persons/${personId}`))
  return { ...view, first, second, personId }
}

describe('PersonPage', () => {
  it('shows the person and every case they are in, each linking to the case', async () => {
    const user = userEvent.setup()
    const { first, second, router, personId } = await personWithTwoCases()
    expect(await screen.findByTestId('person-name')).toHaveTextContent('张三')
    const details = screen.getByTestId('person-details')
    expect(within(details).getByText('11010519491231002X')).toBeInTheDocument()
    expect(within(details).getByText('13800138000')).toBeInTheDocument()

    const rows = within(screen.getByTestId('person-cases')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent(second.caseNo)
    expect(rows[0]).toHaveTextContent('行政调解')
    expect(rows[0]).toHaveTextContent('已登记')
    expect(rows[1]).toHaveTextContent(first.caseNo)
    expect(rows[1]).toHaveTextContent(first.createdAt.slice(0, 10))

    // to the case, and from its party back to this record
    await user.click(within(rows[1] as HTMLElement).getByRole('link', { name: first.caseNo }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/cases/${first.id}`))
    await user.click(await screen.findByRole('link', { name: '张三' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/persons/${personId}`))
    expect(await screen.findByTestId('person-name')).toHaveTextContent('张三')
  })

  it('edits the record with zh-CN messages for bad input, and leaves the cases as registered', async () => {
    const user = userEvent.setup()
    const { repositories, personId, first } = await personWithTwoCases()
    await user.click(await screen.findByRole('button', { name: '编辑档案' }))
    const form = within(screen.getByTestId('person-form'))
    const phone = form.getByLabelText('联系电话')
    await user.clear(phone)
    await user.type(phone, '12345')
    await user.clear(form.getByLabelText(/姓名/))
    await user.click(form.getByRole('button', { name: '保存档案' }))
    expect(await form.findByText('请输入11位手机号码或带区号的固定电话')).toBeInTheDocument()
    expect(form.getByText('此项为必填项')).toBeInTheDocument()
    expect(screen.getByTestId('person-form-failure')).toHaveTextContent('请先更正标红的内容。')
    expect((await repositories.persons.get(personId))?.phone).toBe('13800138000')

    await user.type(form.getByLabelText(/姓名/), '张三')
    await user.clear(phone)
    await user.type(phone, '13912345678')
    await user.click(form.getByRole('button', { name: '保存档案' }))
    await waitFor(() => expect(screen.queryByTestId('person-form')).not.toBeInTheDocument())
    expect(await within(screen.getByTestId('person-details')).findByText('13912345678')).toBeInTheDocument()
    expect((await repositories.persons.get(personId))?.phone).toBe('13912345678')
    expect((await repositories.cases.get(first.id))?.parties[0]?.phone).toBe('13800138000')
  })

  it('offers no editing to administrators, who may read', async () => {
    await personWithTwoCases(['admin'])
    expect(await screen.findByTestId('person-name')).toHaveTextContent('张三')
    expect(screen.queryByRole('button', { name: '编辑档案' })).not.toBeInTheDocument()
  })

  it('refuses counsellors', async () => {
    await personWithTwoCases(['counsellor'])
    expect(await screen.findByText('您的角色无权查看此内容。')).toBeInTheDocument()
    expect(screen.queryByTestId('person-name')).not.toBeInTheDocument()
  })
})

describe('registering a case for someone who has a person record', () => {
  it('"使用已有资料" links the party to the record, shows it, and the record gains the case', async () => {
    const user = userEvent.setup()
    const view = await renderRoute([...routes, { path: '/cases/new', element: <CaseRegisterPage /> }], '/', {
      roles: ['mediator'],
    })
    const earlier = await view.repositories.cases.register(makeRegistration())
    const personId = earlier.parties[0]?.personId ?? ''
    await act(() => view.router.navigate('/cases/new'))

    await user.type(await screen.findByLabelText(/简要案情/), '再次发生噪音纠纷')
    await user.type(screen.getByLabelText(/申请事项/), '停止噪音')
    const first = within(screen.getByTestId('party-0'))
    await user.type(first.getByLabelText('证件号码'), '11010519491231002x')
    await user.tab()
    const offer = within(await screen.findByTestId('party-match'))
    expect(offer.getByText(new RegExp(earlier.caseNo.replace(/[()（）]/g, '.')))).toBeInTheDocument()
    expect(offer.getByText(/1101\*+002X/)).toBeInTheDocument()
    await user.click(offer.getByRole('button', { name: '使用已有资料' }))
    expect(first.getByTestId('party-linked-0')).toHaveTextContent('已关联当事人档案')
    expect(first.getByLabelText(/姓名/)).toHaveValue('张三')
    expect(first.getByLabelText('联系电话')).toHaveValue('13800138000')

    // undoing and redoing the choice
    await user.click(first.getByRole('button', { name: '取消关联' }))
    expect(first.queryByTestId('party-linked-0')).not.toBeInTheDocument()
    await user.click(first.getByLabelText('证件号码'))
    await user.tab()
    await user.click(
      within(await screen.findByTestId('party-match')).getByRole('button', { name: '使用已有资料' }),
    )

    await user.type(within(screen.getByTestId('party-1')).getByLabelText(/姓名/), '陈刚')
    await user.click(screen.getByRole('button', { name: '登记' }))
    await waitFor(() => expect(view.router.state.location.pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/))
    const cases = await view.repositories.persons.casesOf(personId)
    expect(cases.map((c) => c.id)).toEqual([view.router.state.location.pathname.slice(7), earlier.id])
    expect(await view.db.persons.count()).toBe(3)
  })
})
