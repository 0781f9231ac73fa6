import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import type { CaseDraft } from '../../renderer/src/domain/cases/draft'
import { OBLIGOR_ALL } from '../../renderer/src/domain/cases/records'
import { StatisticsPage } from '../../renderer/src/features/statistics'
import type { Platform } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { makeOrganisation, makePerson } from '../builders/cases'
import { renderRoute } from './render-app'
import { pickDate } from './pick-date'

const ROUTES = [
  { path: '/statistics', element: <StatisticsPage /> },
  { path: '/cases/:id', element: <p>案件详情页</p> },
]
// March 2025: long past wherever the tests run, so 零上报 of an empty month is always allowed.
const MARCH = '/statistics?period=2025-03&by=disputeType'

function draft(name: string, day: string, patch: Partial<CaseDraft> = {}): CaseDraft {
  const at = `${day}T04:00:00.000Z`
  return {
    kind: 'people',
    sector: null,
    source: 'party-application',
    disputeType: 'neighbourhood',
    status: 'mediating',
    outcome: null,
    riskLevel: null,
    createdAt: at,
    updatedAt: at,
    facts: '邻里之间因漏水发生纠纷。',
    requests: '请求赔偿。',
    parties: [makePerson({ name }), makeOrganisation()],
    records: [],
    ...patch,
  }
}

function agreed(name: string, day: string, amountFen: number, patch: Partial<CaseDraft> = {}): CaseDraft {
  return draft(name, day, {
    status: 'closed',
    outcome: 'agreed',
    records: [
      {
        kind: 'agreement',
        createdAt: `${day}T06:00:00.000Z`,
        data: {
          form: 'written',
          facts: '',
          responsibilities: '',
          terms: [
            {
              id: 't1',
              description: '赔偿损失',
              amountFen,
              obligorPartyId: OBLIGOR_ALL,
              manner: '',
              dueDate: '',
            },
          ],
          effectiveDate: day,
        },
      },
    ],
    ...patch,
  })
}

const SEED = [
  agreed('甲一', '2025-03-03', 150_000),
  draft('乙二', '2025-03-05', {
    records: [
      {
        kind: 'prevention',
        createdAt: '2025-03-06T04:00:00.000Z',
        data: { flag: 'criminal', persons: 3, note: '' },
      },
    ],
  }),
  agreed('丙三', '2025-03-20', 20_050, { disputeType: 'contract', source: 'proactive' }),
  draft('丁四', '2025-04-02'),
]

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('StatisticsPage', { timeout: 60_000 }, () => {
  it('shows the period’s measures, a chart, and the cases behind a number', async () => {
    const view = await renderRoute(ROUTES, MARCH, { roles: ['mediator'] })
    await act(() => view.repositories.cases.importDrafts(SEED))
    const summary = within(await screen.findByTestId('stat-summary'))
    expect(await summary.findByText('3 件')).toBeInTheDocument() // 受理
    expect(summary.getByText('2 件')).toBeInTheDocument() // 调解成功
    // Changed rule: 成功率 = 调解成功数 ÷ 受理数 (2 ÷ 3), as 司法局 publish it; this test once
    // expected 100.0% (÷ 办结数).
    expect(summary.getByText('66.7%')).toBeInTheDocument()
    expect(summary.getByText('1,700.50 元')).toBeInTheDocument()
    expect(summary.getByText('6 人')).toBeInTheDocument()

    const table = within(screen.getByTestId('stat-table'))
    const neighbours = table.getByRole('rowheader', { name: '邻里' }).closest('tr') as HTMLElement
    // 受理 2 (申请 2, 主动 0, 移送 0), 成功 1, 办结 1, 50.0% (1 ÷ 2 received), 1,500.00 元, 4 人
    expect(cellsOf(neighbours)).toEqual(['2', '2', '0', '0', '1', '1', '50.0%', '1,500.00', '4'])
    expect(cellsOf(screen.getByTestId('stat-table-total'))).toEqual([
      '3',
      '2',
      '1',
      '0',
      '2',
      '2',
      '66.7%',
      '1,700.50',
      '6',
    ])
    expect(screen.getAllByRole('img', { name: /受理数与调解成功数条形图/ })).toHaveLength(1)
    // Prevention lists only the groups that have some: 邻里 with 防止民转刑 1 件 3 人, and the total.
    const prevention = within(screen.getByTestId('stat-prevention'))
    expect(prevention.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['邻里', '合计'])
    // 防止民转刑, 防止自杀, 防止群体性事件, 防止群体性械斗, 防止群体性上访 (件, 人 each)
    expect(cellsOf(screen.getByTestId('stat-prevention-total'))).toEqual(['1', '3', ...Array(8).fill('0')])

    const user = userEvent.setup()
    await user.click(table.getByRole('button', { name: '查看 受理数（邻里）的 2 件案件' }))
    const dialog = within(await screen.findByRole('dialog'))
    const list = within(await dialog.findByTestId('stat-drill-list'))
    expect(list.getAllByRole('link').map((a) => a.textContent)).toHaveLength(2)
    expect(list.getByText(/乙二/)).toBeInTheDocument()
    expect(list.getByText(/甲一/)).toBeInTheDocument()
    await user.click(list.getAllByRole('link')[0]!)
    expect(await screen.findByText('案件详情页')).toBeInTheDocument()
  })

  it('files a 零上报 for an empty month, and refuses one where disputes were registered', async () => {
    const view = await renderRoute(ROUTES, '/statistics?period=2025-02&by=kind', { roles: ['mediator'] })
    await act(() => view.repositories.cases.importDrafts(SEED))
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: '零上报' }))
    const dialog = within(await screen.findByRole('dialog'))
    expect(dialog.getByText('确认2025年2月没有新发矛盾纠纷，进行零上报？')).toBeInTheDocument()
    await user.type(dialog.getByLabelText('说明（选填）'), '经排查无新发纠纷')
    await user.click(dialog.getByRole('button', { name: '零上报' }))
    expect(await screen.findByTestId('stat-zero-filed')).toHaveTextContent(
      /2025年2月已于 .* 由 user-mediator 零上报。/,
    )
    expect(await view.repositories.statistics.periodReports()).toHaveLength(1)

    await act(() => view.router.navigate(MARCH))
    expect(await screen.findByText('2025年3月已登记 3 件纠纷，不能零上报。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '零上报' })).not.toBeInTheDocument()
  })

  it('records a screening round, which counts in the total', async () => {
    await renderRoute(ROUTES, MARCH, { roles: ['mediator'] })
    const user = userEvent.setup()
    expect(await screen.findByText('本期间没有排查记录。')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '登记排查' }))
    const dialog = within(await screen.findByRole('dialog'))
    await pickDate(user, dialog.getByRole('button', { name: /排查日期/ }), '2025-03-12')
    await user.type(dialog.getByLabelText(/排查范围/), '幸福社区第二网格')
    const found = dialog.getByLabelText(/发现纠纷数/)
    await user.clear(found)
    await user.type(found, '4')
    await user.click(dialog.getByRole('button', { name: '保存' }))
    const list = within(await screen.findByTestId('stat-screenings'))
    expect(list.getByText('幸福社区第二网格')).toBeInTheDocument()
    expect(await within(screen.getByTestId('stat-summary')).findByText('1 次，发现 4 件')).toBeInTheDocument()
  })

  it('downloads the statutory table as XLSX through the platform, with the period’s totals', async () => {
    const saveFile = vi.fn<Platform['saveFile']>(async (r) => ({ status: 'saved', path: r.suggestedName }))
    const view = await renderRoute(ROUTES, MARCH, {
      roles: ['judicial'],
      platform: { ...createBrowserPlatform(), saveFile },
    })
    await act(() => view.repos.cases.importDrafts(SEED))
    expect(await within(await screen.findByTestId('stat-summary')).findByText('3 件')).toBeInTheDocument()
    await userEvent.setup().click(await screen.findByRole('button', { name: '下载统计表（XLSX）' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0]![0]
    expect(request.suggestedName).toBe('调解工作统计表-2025-03.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(request.data.slice().buffer)
    // One sheet per kind: people's mediation, then administrative mediation by sector.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['人民调解', '行政调解'])
    const sheet = wb.getWorksheet('人民调解')
    expect(sheet?.getCell('A1').value).toBe('人民调解工作统计表')
    expect(sheet?.getCell('A2').value).toBe('填报单位：大连市某街道人民调解委员会')
    // 合计 row (after the 15 dispute types): 受理 3, of which 申请 2; 1,700.50 元; 6 people.
    const row = sheet?.getRow(20)
    const headings = sheet?.getRow(3)
    const column = (label: string) => (headings?.values as unknown[]).indexOf(label)
    expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(3).value]).toEqual(['合计', 3, 2])
    expect(row?.getCell(column('协议涉及金额（元）')).value).toBe(1700.5)
    expect(row?.getCell(column('涉及人数（人）')).value).toBe(6)
    expect(await screen.findByText('已保存：调解工作统计表-2025-03.xlsx')).toBeInTheDocument()
    const exports = await view.db.audit.where('action').equals('statistics.export').toArray()
    expect(exports.map((e) => e.details)).toEqual([{ period: '2025-03', format: 'xlsx' }])
  })

  it('refuses a counsellor', async () => {
    await renderRoute(ROUTES, MARCH, { roles: ['counsellor'] })
    // The page's reads are each refused (notifications of earlier tests may also be alerts).
    await waitFor(async () =>
      expect(
        (await screen.findAllByRole('alert')).filter((a) => a.textContent === '您的角色无权查看此内容。')
          .length,
      ).toBeGreaterThan(0),
    )
    expect(screen.queryByTestId('stat-table')).not.toBeInTheDocument()
  })
})
