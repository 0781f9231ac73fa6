import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { useParams } from 'react-router'
import { describe, expect, it } from 'vitest'
import {
  offeredRecordKinds,
  RECORD_FORM_KINDS,
  RECORD_FORMS,
  RecordTimeline,
  type RecordFormKind,
} from '../../renderer/src/features/records'
import { useRepositories } from '../../renderer/src/features/shared/services'
import { useQuery } from '../../renderer/src/features/shared/use-query'
import { makeRegistration } from '../builders/cases'
import { lastRecordOf } from '../builders/records'
import { renderRoute } from './render-app'

/** Stands in for the case page: one record form for the case, and its timeline. */
function Harness() {
  const { id = '', kind = '' } = useParams()
  const { cases } = useRepositories()
  const found = useQuery(() => cases.get(id), [id])
  const records = useQuery(() => cases.records(id), [id])
  const [round, setRound] = useState(0)
  if (found.status !== 'ready' || !found.data || records.status !== 'ready') return <p>loading</p>
  const Form = RECORD_FORMS[kind as RecordFormKind].component
  return (
    <>
      <Form key={round} caseData={found.data} records={records.data} onDone={() => setRound((r) => r + 1)} />
      <RecordTimeline records={records.data} caseData={found.data} />
    </>
  )
}

const routes = [
  { path: '/', element: <p>home</p> },
  { path: '/cases/:id/:kind', element: <Harness /> },
]

/** Lets the draft's debounce run out (and whatever it wakes settle). */
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)))

async function openForm(kind: RecordFormKind) {
  const app = await renderRoute(routes, '/', { roles: ['mediator'] })
  const created = await app.repositories.cases.register(makeRegistration())
  await act(() => app.router.navigate(`/cases/${created.id}/${kind}`))
  await screen.findByTestId(`record-form-${kind}`)
  return { ...app, caseId: created.id, caseData: created }
}

// Each test sets up a fresh encrypted workspace; the draft test also waits out the debounce twice.
describe('record forms', { timeout: 20_000 }, () => {
  it('saves a notice of rights and duties and shows it in the timeline', async () => {
    const user = userEvent.setup()
    const { db, caseId, repositories } = await openForm('notice')
    expect(screen.getByTestId('record-timeline-empty')).toBeInTheDocument()
    // Every party is ticked as notified by default.
    expect(screen.getByRole('checkbox', { name: '张三' })).toBeChecked()
    await user.type(screen.getByLabelText('备注'), '当场送达告知书')
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：权利义务告知')).toBeInTheDocument()
    const item = await screen.findByTestId('record-notice')
    expect(within(item).getByText('权利义务告知')).toBeInTheDocument()
    expect(within(item).getByText('书面告知')).toBeInTheDocument()
    expect(within(item).getByText('当场送达告知书')).toBeInTheDocument()
    expect(within(item).getByText(/张三、大连某物业服务有限公司/)).toBeInTheDocument()
    expect(await db.records.count()).toBe(1)
    const [record] = await repositories.cases.records(caseId)
    expect(record?.kind).toBe('notice')
  })

  it('shows an agreement amount in capitals as typed and stores it in fen', async () => {
    const user = userEvent.setup()
    const { caseId, caseData, repositories } = await openForm('agreement')
    const term = within(screen.getByTestId('term-0'))
    await user.type(term.getByLabelText(/条款内容/), '被申请人赔偿申请人装修损失')
    await user.type(screen.getByTestId('term-amount-0'), '12000')
    expect(term.getByText('12,000 元 · 大写：壹万贰仟元整')).toBeInTheDocument()
    expect(screen.getByTestId('agreement-total')).toHaveTextContent('合计：12,000 元（壹万贰仟元整）')
    // Changed rule: the obligor was silently the respondent; it is now chosen, and saving without
    // one is refused with the reason at the term and nothing stored.
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await term.findByText('请选择本条的履行义务人（由谁履行）')).toBeInTheDocument()
    expect(await repositories.cases.records(caseId)).toHaveLength(0)
    await user.click(term.getByRole('combobox', { name: /履行义务人/ }))
    await user.click(await screen.findByRole('option', { name: caseData.parties[1]!.name }))
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：调解协议')).toBeInTheDocument()
    const records = await repositories.cases.records(caseId)
    expect(records).toHaveLength(1)
    const data = lastRecordOf(records, 'agreement').data
    expect(data.terms).toHaveLength(1)
    expect(data.terms[0]?.amountFen).toBe(1_200_000)
    expect(data.terms[0]?.obligorPartyId).toBe(caseData.parties[1]!.id)
    expect(data.form).toBe('written')
    // The timeline shows the amount with its capitals too.
    const item = await screen.findByTestId('record-agreement')
    expect(within(item).getByText('12,000 元（壹万贰仟元整）')).toBeInTheDocument()
  })

  it.each([
    ['12.345', '请输入正确的金额（最多两位小数）'],
    ['-5', '金额不能为负数'],
    ['abc', '请输入正确的金额（最多两位小数）'],
  ])('refuses the amount %s with a clear message and stores nothing', async (amount, message) => {
    const user = userEvent.setup()
    const { db } = await openForm('agreement')
    await user.type(within(screen.getByTestId('term-0')).getByLabelText(/条款内容/), '赔偿损失')
    await user.type(screen.getByTestId('term-amount-0'), amount)
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('请先更正标红的内容。')).toBeInTheDocument()
    expect(screen.getByText(message)).toBeInTheDocument()
    expect(screen.getByTestId('term-amount-0')).toHaveAttribute('aria-invalid', 'true')
    expect(await db.records.count()).toBe(0)
  })

  it('keeps a session record as a draft across leaving the form, and clears it once saved', async () => {
    const user = userEvent.setup()
    const { db, router, caseId, repositories } = await openForm('session')
    // One statement box per party, ready from the start.
    expect(screen.getByLabelText('申请人 张三的陈述')).toBeInTheDocument()
    expect(screen.getByLabelText('被申请人 大连某物业服务有限公司的陈述')).toBeInTheDocument()
    await user.type(screen.getByLabelText(/调解地点/), '社区调解室')
    await user.type(screen.getByLabelText('申请人 张三的陈述'), '对方夜间施工，影响休息。')
    await pause(800)
    await waitFor(async () => expect(await db.drafts.count()).toBe(1))

    await act(() => router.navigate('/'))
    await screen.findByText('home')
    await act(() => router.navigate(`/cases/${caseId}/session`))
    expect(await screen.findByDisplayValue('对方夜间施工，影响休息。')).toBeInTheDocument()
    expect(screen.getByDisplayValue('社区调解室')).toBeInTheDocument()
    expect(screen.getByTestId('draft-restored')).toHaveTextContent(
      /已恢复未保存的草稿（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）/,
    )

    await user.click(screen.getByRole('radio', { name: '达成协议' }))
    // Ctrl+Enter saves from inside a statement box.
    await user.click(screen.getByLabelText('被申请人 大连某物业服务有限公司的陈述'))
    await user.keyboard('同意停止夜间施工。{Control>}{Enter}{/Control}')
    expect(await screen.findByText('已保存：调解记录')).toBeInTheDocument()
    await waitFor(async () => expect(await db.drafts.count()).toBe(0))
    const records = await repositories.cases.records(caseId)
    expect(records).toHaveLength(1)
    const data = lastRecordOf(records, 'session').data
    expect(data.statements.map((s) => s.text)).toEqual(['对方夜间施工，影响休息。', '同意停止夜间施工。'])
    expect(data.outcome).toBe('agreed')

    // Nothing is restored the next time.
    await pause(800)
    expect(await db.drafts.count()).toBe(0)
    expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument()
  })

  /** Picks the 记录人: the workspace's administrator, not the mediator entering the record. */
  async function chooseRecorder(
    user: ReturnType<typeof userEvent.setup>,
    repositories: Awaited<ReturnType<typeof openForm>>['repositories'],
  ): Promise<string> {
    await user.click(screen.getByRole('combobox', { name: /记录人/ }))
    await user.click(await screen.findByRole('option', { name: '管理员甲' }))
    const admin = (await repositories.users.directory()).find((u) => u.displayName === '管理员甲')
    return admin!.id
  }

  it('stores the 记录人 chosen for an investigation, not the one who enters it', async () => {
    const user = userEvent.setup()
    const { caseId, repositories, session } = await openForm('investigation')
    await user.type(screen.getByLabelText(/调查地点/), '事故现场')
    await user.type(screen.getByLabelText(/被调查人/), '邻居王某')
    await user.type(screen.getByLabelText(/调查内容/), '夜间施工属实。')
    // Empty by default: the document then names whoever entered the record.
    expect(screen.getByRole('combobox', { name: /记录人/ })).toHaveValue('')
    const admin = await chooseRecorder(user, repositories)
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：调查记录')).toBeInTheDocument()
    const data = lastRecordOf(await repositories.cases.records(caseId), 'investigation').data
    expect(data.recorderId).toBe(admin)
    expect(data.recorderId).not.toBe(session.user.id)
  })

  it('stores a session’s 事由, the parties present apart from other participants, and its 记录人', async () => {
    const user = userEvent.setup()
    const { caseId, caseData, repositories, session } = await openForm('session')
    const [applicant, respondent] = caseData.parties
    // Every party is ticked as present by default; the other participants are typed apart.
    expect(screen.getByRole('checkbox', { name: applicant!.name })).toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: respondent!.name }))
    await user.type(screen.getByLabelText(/调解地点/), '社区调解室')
    await user.type(screen.getByLabelText(/其他参加人员/), '、社区民警李某')
    await user.type(screen.getByLabelText(/事由/), '装修噪声纠纷')
    await user.click(screen.getByRole('radio', { name: '择期再调' }))
    const admin = await chooseRecorder(user, repositories)
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：调解记录')).toBeInTheDocument()
    const data = lastRecordOf(await repositories.cases.records(caseId), 'session').data
    expect(data.cause).toBe('装修噪声纠纷')
    expect(data.presentPartyIds).toEqual([applicant!.id])
    expect(data.participants).toBe(`${session.user.displayName}、社区民警李某`)
    expect(data.recorderId).toBe(admin)
  })

  it('stores each term’s 履行地点 and the agreement’s 记录人', async () => {
    const user = userEvent.setup()
    const { caseId, caseData, repositories } = await openForm('agreement')
    const term = within(screen.getByTestId('term-0'))
    await user.type(term.getByLabelText(/条款内容/), '被申请人恢复原状')
    await user.click(term.getByRole('combobox', { name: /履行义务人/ }))
    await user.click(await screen.findByRole('option', { name: caseData.parties[1]!.name }))
    await user.type(term.getByLabelText(/履行地点/), '申请人住所')
    const admin = await chooseRecorder(user, repositories)
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：调解协议')).toBeInTheDocument()
    const data = lastRecordOf(await repositories.cases.records(caseId), 'agreement').data
    expect(data.terms[0]?.place).toBe('申请人住所')
    expect(data.recorderId).toBe(admin)
  })

  it.each(RECORD_FORM_KINDS)('%s: opens, and saving either stores it or says what to fix', async (kind) => {
    const user = userEvent.setup()
    const { container, db } = await openForm(kind)
    if (kind === 'performance') {
      expect(screen.getByText('本案还没有调解协议记录，不能登记履行情况。')).toBeInTheDocument()
      return
    }
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    await waitFor(async () => {
      const failed = screen.queryByTestId('record-form-failure')
      expect(failed ? failed.textContent : String(await db.records.count())).toMatch(
        /^(1|请先更正标红的内容。)$/,
      )
    })
    // Every text is translated: no message key shows through.
    expect(container.textContent).not.toMatch(/\b(records|recordValidation|validation)\.[a-z]/)
  })

  it('records performance against a term of the latest agreement, and shows a transition as a sentence', async () => {
    const user = userEvent.setup()
    const app = await renderRoute(routes, '/', { roles: ['mediator'] })
    const created = await app.repositories.cases.register(makeRegistration())
    const respondent = created.parties[1]?.id ?? ''
    await app.repositories.cases.addRecord(created.id, 'agreement', {
      form: 'oral',
      terms: [{ id: 't1', description: '赔偿损失', amountFen: 50_000, obligorPartyId: respondent }],
      effectiveDate: '2026-03-01',
    })
    await app.repositories.cases.transition(created.id, 'accept')
    await act(() => app.router.navigate(`/cases/${created.id}/performance`))
    await screen.findByTestId('record-form-performance')
    // The only term is chosen, with its amount.
    expect(screen.getByLabelText(/履行金额/)).toHaveValue('500')
    await user.type(screen.getByLabelText('凭证号'), 'R-001')
    await user.click(screen.getByRole('button', { name: '保存记录' }))
    expect(await screen.findByText('已保存：履行情况')).toBeInTheDocument()
    const item = await screen.findByTestId('record-performance')
    expect(within(item).getByText('1. 赔偿损失')).toBeInTheDocument()
    expect(within(item).getByText('500 元（伍佰元整）')).toBeInTheDocument()
    expect(
      within(screen.getByTestId('record-transition')).getByText(/将状态从「已登记」改为「已受理」/),
    ).toBeInTheDocument()
    // Newest first.
    const kinds = screen
      .getAllByTestId(/^record-(agreement|transition|performance)$/)
      .map((e) => e.dataset.testid)
    expect(kinds).toEqual(['record-performance', 'record-transition', 'record-agreement'])
  })

  // Changed rule: 委托调解 is ended by the court (调解书 or 撤诉), never by 司法确认 — this test once
  // expected 委托 cases to offer 司法确认; and 司法确认 needs a written agreement in force.
  it('offers court kinds only on court-linked cases, performance after an agreement, 司法确认 for a written one', () => {
    const base = {
      kind: 'people' as const,
      sector: null,
      status: 'mediating' as const,
      events: {},
      agreementForm: null,
      confirmation: 'none' as const,
      parties: [],
    }
    const people = offeredRecordKinds(base)
    expect(people).not.toContain('court-referral')
    expect(people).not.toContain('court-report')
    expect(people).not.toContain('performance')
    expect(people).not.toContain('judicial-confirmation')
    expect(people).toContain('session')
    const agreed = { ...base, status: 'agreed' as const, agreementForm: 'written' as const }
    const effective = { ...agreed, events: { 'agreement-effective': '2026-11-02' } }
    expect(offeredRecordKinds(effective)).toEqual(
      expect.arrayContaining(['performance', 'judicial-confirmation']),
    )
    expect(offeredRecordKinds({ ...effective, agreementForm: 'oral' })).not.toContain('judicial-confirmation')
    const entrusted = offeredRecordKinds({ ...effective, kind: 'court-entrusted' })
    expect(entrusted).toEqual(expect.arrayContaining(['court-referral', 'court-report', 'performance']))
    expect(entrusted).not.toContain('judicial-confirmation')
    expect(entrusted).not.toContain('transition')
  })
})
