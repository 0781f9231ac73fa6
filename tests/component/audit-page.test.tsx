import { ADMIN, renderWithSession } from './render-app'
import { screen, waitFor, within } from '@testing-library/react'
import dayjs from 'dayjs'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { AuditPage } from '../../renderer/src/features/audit'
import type { Platform } from '../../renderer/src/platform'
import { createBrowserPlatform } from '../../renderer/src/platform/browser-platform'
import { pickDate } from './pick-date'

async function setUpWithAUser(options: { platform?: Platform } = {}) {
  const rendered = await renderWithSession(<AuditPage />, options)
  await rendered.repositories.users.create({
    username: 'lihua',
    displayName: '李华',
    roles: ['mediator'],
    password: 'Mediation-2026',
  })
  return rendered
}

describe('AuditPage', { timeout: 60_000 }, () => {
  it('lists the entries, newest first, with translated actions and targets', async () => {
    await setUpWithAUser()
    const table = within(await screen.findByTestId('audit-table'))
    const created = within(await table.findByTestId('audit-row-2'))
    expect(created.getByText('新建用户')).toBeInTheDocument()
    expect(created.getByText(ADMIN.username)).toBeInTheDocument()
    expect(await created.findByText('用户 lihua')).toBeInTheDocument()
    expect(created.getByText('角色：调解员')).toBeInTheDocument()
    expect(within(table.getByTestId('audit-row-1')).getByText('登录')).toBeInTheDocument()
    const rows = table.getAllByTestId(/^audit-row-/).map((r) => r.dataset.testid)
    expect(rows).toEqual(['audit-row-2', 'audit-row-1'])
    expect(screen.getByTestId('audit-total')).toHaveTextContent('共 2 条')
  })

  it('filters by action', async () => {
    const user = userEvent.setup()
    await setUpWithAUser()
    await screen.findByTestId('audit-row-2')
    await user.click(screen.getByRole('combobox', { name: '操作' }))
    await user.click(await screen.findByRole('option', { name: '登录' }))
    await waitFor(() => expect(screen.queryByTestId('audit-row-2')).not.toBeInTheDocument())
    expect(screen.getByTestId('audit-row-1')).toBeInTheDocument()
  })

  it('filters by a range of local days', async () => {
    const user = userEvent.setup()
    await setUpWithAUser()
    await screen.findByTestId('audit-row-2')
    const tomorrow = dayjs().add(1, 'day').format('YYYY-MM-DD')
    await pickDate(user, screen.getByRole('button', { name: '开始日期' }), tomorrow)
    expect(await screen.findByText('没有符合条件的记录。')).toBeInTheDocument()
    await pickDate(user, screen.getByRole('button', { name: '开始日期' }), dayjs().format('YYYY-MM-DD'))
    await pickDate(user, screen.getByRole('button', { name: '结束日期' }), dayjs().format('YYYY-MM-DD'))
    expect(await screen.findByTestId('audit-row-2')).toBeInTheDocument()
    expect(screen.getByTestId('audit-total')).toHaveTextContent('共 2 条')
  })

  it('verifies an intact chain and shows its head', async () => {
    const user = userEvent.setup()
    const { repositories } = await setUpWithAUser()
    const head = await repositories.audit.head()
    await user.click(await screen.findByRole('button', { name: '校验完整性' }))
    const result = await screen.findByTestId('audit-verify-result')
    expect(result).toHaveTextContent('完整性校验通过')
    expect(result).toHaveTextContent('共 2 条记录')
    expect(result).toHaveTextContent(head.hash.slice(0, 16))
    // The check is itself recorded.
    expect(await screen.findByTestId('audit-row-3')).toHaveTextContent('校验审计日志')
  })

  it('names the entry that was altered in the database', async () => {
    const user = userEvent.setup()
    const { db } = await setUpWithAUser()
    await screen.findByTestId('audit-row-2')
    await db.audit.update(2, { action: 'case.delete' })
    await user.click(screen.getByRole('button', { name: '校验完整性' }))
    const result = await screen.findByTestId('audit-verify-result')
    expect(result).toHaveTextContent('第 2 条记录被修改')
  })

  it('names the entry that was deleted', async () => {
    const user = userEvent.setup()
    const { db } = await setUpWithAUser()
    await screen.findByTestId('audit-row-2')
    await db.audit.delete(1)
    await user.click(screen.getByRole('button', { name: '校验完整性' }))
    expect(await screen.findByTestId('audit-verify-result')).toHaveTextContent('第 1 条记录被删除')
  })

  it('names a row put back or removed outside the app (issue 15 item 8)', async () => {
    const user = userEvent.setup()
    const { db } = await setUpWithAUser()
    await screen.findByTestId('audit-row-2')
    const lihua = await db.users.where('username').equals('lihua').first()
    await db.users.delete(lihua?.id ?? '')
    await user.click(screen.getByRole('button', { name: '校验完整性' }))
    const result = await screen.findByTestId('audit-verify-result')
    expect(result).toHaveTextContent('不是日志（第 2 条起）最后记录的版本')
    expect(within(result).getByTestId('audit-rolled-back')).toHaveTextContent(`用户 ${lihua?.id}`)
  })

  it('exports every entry as CSV with a translated header', async () => {
    const user = userEvent.setup()
    const saveFile = vi.fn<Platform['saveFile']>(async (r) => ({
      status: 'saved',
      path: `/tmp/${r.suggestedName}`,
    }))
    await setUpWithAUser({ platform: { ...createBrowserPlatform(), saveFile } })
    await screen.findByTestId('audit-row-2')
    await user.click(screen.getByRole('button', { name: '导出 CSV' }))
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1))
    const request = saveFile.mock.calls[0]![0]
    expect(request.suggestedName).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = new TextDecoder().decode(request.data)
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('序号,时间,操作人,操作,对象类型,对象编号,详情,哈希')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain('user.create')
    expect(await screen.findByText(/已导出 2 条记录/)).toBeInTheDocument()
  })
})
