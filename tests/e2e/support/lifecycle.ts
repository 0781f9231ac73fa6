/** Page helpers for working a case: workflow steps and records through the case page. */
import { expect, type Locator, type Page } from '@playwright/test'
import { chooseOption, fillCase, fillPerson } from './case-form'

export async function registerCase(
  page: Page,
  opts: { facts: string; kind?: string; setup?: (page: Page) => Promise<void> },
) {
  await page.getByRole('link', { name: '登记案件' }).click()
  await expect(page.getByRole('heading', { name: '登记案件', exact: true })).toBeVisible()
  if (opts.kind) await chooseOption(page, page, '调解类型', opts.kind)
  await opts.setup?.(page)
  await fillCase(page, opts.facts, '请求依法调解。')
  await fillPerson(page, 0, { name: '周丽', phone: '13900002222' })
  await fillPerson(page, 1, { name: '吴强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toBeVisible()
}

/** Takes a workflow step and checks the status it leads to. */
export async function step(page: Page, action: string, status: string, reason?: string) {
  await page.getByTestId(`action-${action}`).click()
  if (reason) await page.getByLabel('理由').fill(reason)
  await page.getByTestId('confirm-action').click()
  await expect(page.getByTestId('case-status')).toHaveText(status)
}

/** Opens the form of `kind`, unless it is open already (a 调解记录 that reached agreement opens 调解协议). */
export async function openRecord(page: Page, kind: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: kind })
  if (!(await dialog.isVisible())) {
    await page.getByRole('button', { name: '添加记录' }).click()
    await page.getByRole('menuitem', { name: kind, exact: true }).click()
  }
  await expect(dialog).toBeVisible()
  return dialog
}

export async function addRecord(page: Page, kind: string, fill: (dialog: Locator) => Promise<void>) {
  const dialog = await openRecord(page, kind)
  await fill(dialog)
  await dialog.getByRole('button', { name: '保存记录' }).click()
  await expect(dialog).toHaveCount(0)
}

/** Picks an option of a select, or the radio of that name: forms use whichever reads better. */
export async function choose(scope: Locator, label: string, option: string) {
  const radio = scope
    .getByRole('radiogroup', { name: label })
    .getByRole('radio', { name: option, exact: true })
  if (await radio.count()) return radio.check()
  await scope.getByRole('combobox', { name: label }).click()
  await scope.page().getByRole('option', { name: option, exact: true }).click()
}

export const notice = (page: Page) => addRecord(page, '权利义务告知', async () => {})

/** A 调解记录 that reached agreement: saving it opens the 调解协议 form, left open for the next helper. */
export async function session(page: Page) {
  await addRecord(page, '调解记录', async (d) => {
    await d.getByLabel('调解地点').fill('社区调解室')
    await choose(d, '调解结果', '达成协议')
  })
  await expect(page.getByRole('dialog', { name: '调解协议' })).toBeVisible()
}

/** Closes the 调解协议 form a session that reached agreement opened. */
export const closeAgreementForm = async (page: Page) => {
  const dialog = page.getByRole('dialog', { name: '调解协议' })
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toHaveCount(0)
}

export const agreement = (page: Page, amount = '12000') =>
  addRecord(page, '调解协议', async (d) => {
    await d.getByLabel('条款内容').fill('吴强赔偿周丽损失')
    await choose(d, '履行义务人', '吴强')
    await d.getByLabel('金额（元）').fill(amount)
    await expect(d.getByText('壹万贰仟元整').first()).toBeVisible()
  })

export const visit = (page: Page) =>
  addRecord(page, '回访记录', async (d) => {
    await d.getByLabel('回访内容').fill('已按协议履行完毕，双方满意。')
    await choose(d, '协议履行情况', '已全部履行')
  })

/** 履行情况 of the case's only term: the form offers it with its whole sum, which pays it off. */
export const performance = (page: Page) =>
  addRecord(page, '履行情况', async (d) => {
    await expect(d.getByLabel('履行金额（元）')).toHaveValue('12,000')
  })
