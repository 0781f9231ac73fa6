import { pickDate } from './support/dates'
/**
 * Each kind of mediation from first contact to archive, through the UI, and a termination path.
 * Bad input (malformed and negative amounts, an oversized attachment) is refused and changes nothing.
 */
import { expect, test } from '@playwright/test'
import { asNewMediator } from './support/auth'
import {
  addRecord,
  agreement,
  choose,
  notice,
  performance,
  registerCase,
  session,
  step,
  visit,
} from './support/lifecycle'

test('人民调解: 登记 → 受理 → 告知 → 笔录 → 协议 → 履行 → 回访 → 结案 → 归档', async ({ page }) => {
  await asNewMediator(page)
  await registerCase(page, { facts: '楼上漏水致楼下天花板受损。' })
  await expect(page.getByTestId('case-status')).toHaveText('已登记')
  // only the steps allowed now are offered
  await expect(page.getByTestId('action-accept')).toBeEnabled()
  await expect(page.getByTestId('action-close')).toHaveCount(0)
  await step(page, 'accept', '已受理')
  await expect(page.getByTestId('deadline-conclude')).toBeVisible()
  await expect(page.getByTestId('action-notify')).toBeDisabled()
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  await agreement(page)
  await step(page, 'agree', '达成协议')
  // Mediation ended at agreement: its clock stops.
  await expect(page.getByTestId('deadline-conclude')).toHaveCount(0)
  await step(page, 'perform', '履行中')
  await visit(page)
  await step(page, 'visit', '已回访')
  // 结案 (履行完毕) only once every agreed term is performed.
  await expect(page.getByTestId('action-close')).toBeDisabled()
  await performance(page)
  await step(page, 'close', '已结案')
  await step(page, 'archive', '已归档')
  await page.getByRole('tab', { name: /记录/ }).click()
  await expect(page.getByText('壹万贰仟元整').first()).toBeVisible()
  await expect(page.getByText(/将状态从「已结案」改为「已归档」/)).toBeVisible()
})

test('行政调解 (道路交通事故): 受理 → 告知 → 调查 → 调解 → 协议 → 结案 → 归档', async ({ page }) => {
  await asNewMediator(page)
  await registerCase(page, {
    facts: '两车剐蹭，对维修费用有争议。',
    kind: '行政调解',
    setup: (p) => choose(p.locator('body'), '行政调解领域', '道路交通事故'),
  })
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await addRecord(page, '调查记录', async (d) => {
    await d.getByLabel('调查地点').fill('事故现场')
    await d.getByLabel('被调查人').fill('周丽')
    await d.getByLabel('调查内容').fill('查看现场照片和行车记录。')
  })
  await step(page, 'investigate', '调查中')
  // The 10 days run from the day the loss is fixed (实施条例 Art. 94): mediation starts then.
  await expect(page.getByTestId('action-mediate')).toBeDisabled()
  await addRecord(page, '损失确定', async (d) => {
    await choose(d, '调解起算事由', '确定损失（财产损失）')
  })
  await expect(page.getByTestId('deadline-conclude')).toBeVisible()
  await step(page, 'mediate', '调解中')
  await session(page)
  await agreement(page)
  await step(page, 'agree', '达成协议')
  await performance(page)
  await step(page, 'close', '已结案')
  await step(page, 'archive', '已归档')
})

test('委托调解: 法院函 → 受理 → 告知 → 调解 → 协议 → 向法院反馈 → 归档', async ({ page }) => {
  await asNewMediator(page)
  await registerCase(page, {
    facts: '买卖合同货款纠纷，法院委托调解。',
    kind: '委托调解',
    setup: async (p) => {
      await p.getByLabel('委托/委派法院').fill('大连市甘井子区人民法院')
      await p.getByLabel('函号').fill('（2026）辽0211民初88号')
      await pickDate(p, p, '法院要求的期限', '2026-12-31')
    },
  })
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  await agreement(page)
  await step(page, 'agree', '达成协议')
  await expect(page.getByTestId('action-report-court')).toBeDisabled()
  await addRecord(page, '向法院反馈结果', async (d) => {
    await choose(d, '调解结果', '调解成功')
  })
  await step(page, 'report-court', '已结案')
  await step(page, 'archive', '已归档')
})

test('未履行: agreed, not performed by its date, urged, closed with the parties told their routes', async ({
  page,
}) => {
  await asNewMediator(page)
  await registerCase(page, { facts: '借款到期未还，双方协商分期偿还。' })
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  const due = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10)
  await addRecord(page, '调解协议', async (d) => {
    await d.getByLabel('条款内容').fill('吴强偿还周丽借款')
    await choose(d, '履行义务人', '吴强')
    await d.getByLabel('金额（元）').fill('12000')
    await pickDate(page, d, '履行期限', due)
  })
  await step(page, 'agree', '达成协议')
  await step(page, 'perform', '履行中')
  // The term's 履行期限 runs on the case and on the deadlines page; the mediation term does not.
  await expect(page.getByTestId('deadline-performance')).toContainText(due)
  await expect(page.getByTestId('deadline-conclude')).toHaveCount(0)
  await expect(page.getByTestId('terms-overdue')).toBeVisible()
  const caseUrl = page.url()
  await page.getByRole('link', { name: '期限提醒' }).click()
  const overdue = page.getByTestId('deadlines-overdue')
  await expect(overdue.locator('tr[data-deadline="performance"]')).toContainText('第 1 条协议条款履行期限')
  await expect(overdue.locator('tr[data-deadline="conclude"]')).toHaveCount(0)
  await page.goto(caseUrl)

  await expect(page.getByTestId('action-close')).toHaveCount(0)
  await addRecord(page, '督促履行', async (d) => {
    await d.getByLabel('督促情况').fill('电话督促吴强履行还款义务，其表示无力偿还。')
  })
  await step(page, 'urge', '督促履行')
  await addRecord(page, '未履行告知', async (d) => {
    await expect(d.getByLabel('向人民法院提起诉讼')).toBeChecked()
  })
  await step(page, 'close-unperformed', '已结案')
  await expect(page.getByTestId('performance-summary')).toBeVisible()
  await page.getByRole('tab', { name: /记录/ }).click()
  await expect(page.getByText('向人民法院提起诉讼').first()).toBeVisible()
})

test('termination: the reason and the other routes are recorded, then the case is archived', async ({
  page,
}) => {
  await asNewMediator(page)
  await registerCase(page, { facts: '邻里停车位纠纷。' })
  await step(page, 'accept', '已受理')
  await expect(page.getByTestId('action-terminate')).toBeDisabled()
  await addRecord(page, '终止调解', async (d) => {
    await choose(d, '终止原因', '当事人拒绝继续调解')
    await d.getByLabel('诉讼').check()
  })
  await step(page, 'terminate', '终止调解')
  await step(page, 'archive', '已归档')
})

test('bad input is refused clearly and changes nothing', async ({ page }) => {
  await asNewMediator(page)
  await registerCase(page, { facts: '借款纠纷。' })
  await step(page, 'accept', '已受理')
  // amounts: malformed and negative
  await page.getByRole('button', { name: '添加记录' }).click()
  await page.getByRole('menuitem', { name: '调解协议', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '调解协议' })
  await dialog.getByLabel('条款内容').fill('归还借款')
  for (const [amount, message] of [
    ['12.345', '请输入正确的金额（最多两位小数）'],
    ['-5', '金额不能为负数'],
    ['abc', '请输入正确的金额（最多两位小数）'],
  ] as const) {
    await dialog.getByLabel('金额（元）').fill(amount)
    await dialog.getByRole('button', { name: '保存记录' }).click()
    await expect(dialog.getByText(message).first()).toBeVisible()
  }
  await dialog.getByRole('button', { name: '取消' }).click()
  await page.getByRole('tab', { name: /记录/ }).click()
  await expect(page.getByText('调解协议')).toHaveCount(0)

  // an attachment over 20 MB is refused before it is read
  await page.getByRole('tab', { name: '概况' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '添加材料' }).click()
  const big = Buffer.alloc(21 * 1024 * 1024, 0)
  big.write('%PDF-1.7')
  await (await chooser).setFiles({ name: '监控录像截图.pdf', mimeType: 'application/pdf', buffer: big })
  await expect(page.getByTestId('attachment-error')).toContainText('太大')
  await expect(page.getByText('尚无案件材料。')).toBeVisible()
  // a small PDF is kept
  const chooser2 = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '添加材料' }).click()
  await (
    await chooser2
  ).setFiles({ name: '借条.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') })
  await expect(page.getByRole('cell', { name: '借条.pdf' })).toBeVisible()
  // impossible dates cannot even be typed: the date and datetime inputs only take real dates,
  // and the repository refuses them again (tests/unit/data/case-lifecycle.test.ts).
})
