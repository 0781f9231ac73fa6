/**
 * The co-mediators form (协同调解员): offers the active mediators but the lead, saves the chosen
 * ones, shows the record in the timeline as a sentence with their names, and the case page then
 * reads 调解员：A（主办）、B、C. An empty choice removes them.
 */
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import { sessionAs } from '../builders/session'
import { CaseDetailPage } from '../../renderer/src/features/cases'
import { CoMediatorsForm, RecordTimeline } from '../../renderer/src/features/records'
import { useRepositories } from '../../renderer/src/features/shared/services'
import { useQuery } from '../../renderer/src/features/shared/use-query'
import { makeRegistration } from '../builders/cases'
import { lastRecordOf } from '../builders/records'
import { renderRoute } from './render-app'

function Harness() {
  const { id = '' } = useParams()
  const { cases, users } = useRepositories()
  const data = useQuery(
    async () => ({
      c: await cases.get(id),
      records: await cases.records(id),
      directory: await users.directory(),
    }),
    [id],
  )
  if (data.status !== 'ready' || !data.data.c) return <p>loading</p>
  const { c, records, directory } = data.data
  return (
    <>
      <CoMediatorsForm caseData={c} onDone={() => {}} />
      <RecordTimeline records={records} caseData={c} directory={directory} />
    </>
  )
}

const routes = [
  { path: '/', element: <p>home</p> },
  { path: '/form/:id', element: <Harness /> },
  { path: '/cases/:id', element: <CaseDetailPage /> },
]

async function setUp() {
  let ids = { lead: '', b: '', c: '', counsellor: '' }
  const app = await renderRoute(routes, '/', {
    // The lead is a real account, so the form can leave them out by id.
    sessionOf: async (ws) => {
      const make = async (username: string, displayName: string, roles: ('mediator' | 'counsellor')[]) =>
        (
          await ws.repos.users.create({
            username,
            displayName,
            roles,
            password: `${username} correct horse battery`,
          })
        ).id
      ids = {
        lead: await make('lead', '李主办', ['mediator']),
        b: await make('co-b', '王协调', ['mediator']),
        c: await make('co-c', '赵协调', ['mediator']),
        counsellor: await make('counsellor', '钱咨询', ['counsellor']),
      }
      const lead = sessionAs(ws.session, ['mediator'], ids.lead)
      return { ...lead, user: { ...lead.user, displayName: '李主办' } }
    },
  })
  const created = await app.repositories.cases.register(makeRegistration())
  return { ...app, ids, caseId: created.id }
}

describe('co-mediators form', { timeout: 30_000 }, () => {
  it('offers active mediators but the lead, saves them and shows them by name', async () => {
    const user = userEvent.setup()
    const { router, repositories, caseId, ids } = await setUp()
    await act(() => router.navigate(`/form/${caseId}`))
    const form = await screen.findByTestId('record-form-co-mediators')
    expect(await within(form).findByText('主办调解员：李主办')).toBeInTheDocument()
    await user.click(within(form).getByRole('combobox', { name: /协同调解员/ }))
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent)
    expect(options).toEqual(expect.arrayContaining(['王协调', '赵协调']))
    expect(options).not.toContain('李主办')
    expect(options).not.toContain('钱咨询')
    await user.click(screen.getByRole('option', { name: '王协调' }))
    await user.click(screen.getByRole('option', { name: '赵协调' }))
    await user.type(within(form).getByLabelText('备注'), '案情复杂')
    await user.click(within(form).getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：协同调解员')).toBeInTheDocument()
    const data = lastRecordOf(await repositories.cases.records(caseId), 'co-mediators').data
    expect(data).toEqual({ userIds: [ids.b, ids.c], note: '案情复杂' })
    expect((await repositories.cases.get(caseId))?.coMediatorIds).toEqual([ids.b, ids.c])

    await act(() => router.navigate(`/cases/${caseId}`))
    expect(await screen.findByText('李主办（主办）、王协调、赵协调')).toBeInTheDocument()
    expect(screen.getByText('调解员')).toBeInTheDocument()
  })

  it('the timeline reads the record as a sentence; a disabled account is dropped; saving none removes them', async () => {
    const user = userEvent.setup()
    const { router, repositories, repos, caseId, ids } = await setUp()
    await repositories.cases.addRecord(caseId, 'co-mediators', { userIds: [ids.b, ids.c] })
    // 赵协调's account is disabled since: no longer offered, nor saved again.
    await repos.users.setDisabled(ids.c, true)
    await act(() => router.navigate(`/form/${caseId}`))
    const form = await screen.findByTestId('record-form-co-mediators')
    const item = await screen.findByTestId('record-co-mediators')
    expect(within(item).getByText('协同调解员：王协调、赵协调')).toBeInTheDocument()
    // The current co-mediators are chosen to start with; removing them and saving removes them.
    expect(await within(form).findByText('主办调解员：李主办')).toBeInTheDocument()
    const pills = () => [...form.querySelectorAll('.mantine-Pill-label')].map((p) => p.textContent)
    expect(pills()).toEqual(['王协调'])
    await user.click(within(form).getByRole('combobox', { name: /协同调解员/ }))
    await user.keyboard('{Backspace}')
    await user.keyboard('{Escape}')
    expect(pills()).toEqual([])
    await user.click(within(form).getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：协同调解员')).toBeInTheDocument()
    expect((await repositories.cases.get(caseId))?.coMediatorIds).toEqual([])
  })
})
