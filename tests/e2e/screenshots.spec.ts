import { pickDate } from './support/dates'
/**
 * README screenshots, taken from the real UI: `npm run screenshots` (not part of `npm test`).
 * Tagged @screenshots so the normal end-to-end run leaves the committed images alone.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makePng } from '../builders/png'
import { ADMIN, MEDIATOR, createUser, loginOk, logout, setUpWorkspace } from './support/auth'
import { COUNSELLOR, addCounsellingRecord } from './support/counselling'
import { addRecord, choose, notice, registerCase, session, step } from './support/lifecycle'
import { chooseFile, drawSignature, signSlot } from './support/signing'

const OUT = 'tests/screenshots'
const hideToasts = '.mantine-Notifications-root { display: none !important }'
const dir = mkdtempSync(join(tmpdir(), 'screenshots-'))
// The mediator also works for the judicial office here, so one person signs, seals and issues.
const SIGNER = { ...MEDIATOR, roles: [...MEDIATOR.roles, '司法所工作人员'] }

/** A round red seal with a five-pointed star, transparent around it (as a scanned seal would be). */
function sealInk(x: number, y: number, w: number, h: number): boolean {
  const r = Math.hypot(x - w / 2, y - h / 2)
  if (r < w / 2 - 3 && r > w / 2 - 14) return true
  const star = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 ? w / 12 : w / 5
    const angle = (i * Math.PI) / 5 - Math.PI / 2
    return [w / 2 + radius * Math.cos(angle), h / 2 + radius * Math.sin(angle)] as const
  })
  // even-odd rule: a point is inside when a ray to the right crosses the outline an odd number of times
  let inside = false
  for (let i = 0, j = star.length - 1; i < star.length; j = i++) {
    const [xi, yi] = star[i] ?? [0, 0]
    const [xj, yj] = star[j] ?? [0, 0]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** A date some days from today, as the date inputs take it. */
function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

async function shot(page: Page, name: string, fullPage = false) {
  await page.addStyleTag({ content: hideToasts })
  await page.mouse.move(0, 0) // no hover highlight where the last click was
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage })
}

test('the app as its users see it @screenshots', async ({ page }) => {
  test.setTimeout(600_000)
  await page.goto('/')
  await page.screenshot({ path: `${OUT}/setup.png` })
  await setUpWorkspace(page)
  // demo data, loaded by the administrator into the empty workspace
  await page.getByRole('link', { name: '设置' }).click()
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await page.getByRole('button', { name: '确定加载' }).click()
  await expect(page.getByText(/已加载/).first()).toBeVisible({ timeout: 120_000 })
  // the committee's seal; setup already made the organisation certificate
  const seal = Buffer.from(makePng({ width: 240, height: 240, ink: sealInk }))
  await chooseFile(page, page.getByTestId('seal-import'), 'seal.png', seal, 'image/png')
  await expect(page.getByTestId('seal-status')).toContainText('印章已导入')
  await expect(page.getByTestId('certificate-fingerprint')).toBeVisible({ timeout: 30_000 })
  await page.getByTestId('seal-status').scrollIntoViewIfNeeded()
  await shot(page, 'settings-seal')
  await createUser(page, SIGNER)
  await createUser(page, COUNSELLOR)
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.waitForTimeout(400) // the dialog's closing fade
  await shot(page, 'users')

  // the template editor: the wording on the left, the document as it will print on the right
  await page.getByRole('link', { name: '文书' }).click()
  await page.getByRole('tab', { name: '模板', exact: true }).click()
  await page.getByRole('button', { name: '修改措辞：人民调解协议书' }).click()
  await expect(page.getByTestId('template-editor')).toBeVisible()
  await page.waitForTimeout(500)
  await shot(page, 'template-editor')
  await page.getByRole('button', { name: '返回模板列表' }).click()
  await logout(page)

  await loginOk(page, SIGNER.username, SIGNER.password, SIGNER.displayName)
  await registerCase(page, { facts: '楼上卫生间漏水导致楼下天花板受损，双方就维修和赔偿发生争执。' })
  const caseUrl = page.url()
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  await addRecord(page, '调解协议', async (d) => {
    await d.getByLabel('各方责任').fill('吴强对楼上卫生间防水失效负主要责任。')
    const first = d.getByTestId('term-0')
    await first.getByLabel('条款内容').fill('吴强赔偿周丽天花板维修费和财物损失')
    await choose(first, '履行义务人', '吴强')
    await first.getByLabel('金额（元）').fill('12000')
    await first.getByLabel('履行方式').fill('银行转账，一次付清')
    await pickDate(page, first, '履行期限', inDays(15))
    await d.getByRole('button', { name: '添加条款' }).click()
    const second = d.getByTestId('term-1')
    await second.getByLabel('条款内容').fill('吴强重做卫生间防水层，完工后请周丽查验')
    await choose(second, '履行义务人', '吴强')
    await second.getByLabel('金额（元）').fill('0')
    await second.getByLabel('履行方式').fill('自行施工')
    await pickDate(page, second, '履行期限', inDays(30))
    await expect(d.getByTestId('agreement-total')).toContainText('壹万贰仟元整')
  })
  await page.addStyleTag({ content: hideToasts })
  await page.getByRole('tab', { name: /记录/ }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.waitForTimeout(400) // the modal's closing fade
  await page.screenshot({ path: `${OUT}/case-detail.png`, fullPage: true })

  // signing on the spot: both parties and the mediator draw their signatures, the seal goes on
  await page.getByRole('tab', { name: '概况' }).click()
  const card = page.getByTestId('agreement-card')
  await card.getByTestId('agreement-draft').click()
  const modal = page.getByRole('dialog')
  // the guided screen: the agreement's text first, then each signature with the text above the pad
  await modal.getByTestId('text-read').click()
  const shown = modal.locator('[data-testid^="slot-"]')
  await signSlot(page, shown, 1)
  await signSlot(page, shown, 3)
  await drawSignature(page, modal.getByTestId('slot-mediator').locator('canvas'), 2)
  await shot(page, 'signing')
  await modal.getByTestId('slot-mediator').getByRole('button', { name: '确认签名' }).click()
  await expect(modal.getByTestId('step-mediator')).toHaveAttribute('data-state', 'done')
  await modal.getByTestId('apply-seal').click()
  await expect(modal.getByTestId('effective-panel')).toContainText('签名和印章均已齐备')
  await modal.getByTestId('make-effective').click()
  await expect(modal.getByTestId('agreement-effective')).toBeVisible({ timeout: 30_000 })
  await modal.getByTestId('signing-screen').getByRole('button', { name: '关闭' }).click()
  await expect(card.getByTestId('agreement-status-1')).toHaveText('已生效')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.waitForTimeout(400)
  // the documents card at the top, just below the header bar
  await page.getByTestId('case-documents').evaluate((el) => {
    el.scrollIntoView()
    window.scrollBy(0, -72)
  })
  await shot(page, 'case-documents')

  // the issued PDF, its first page as an image, and its verification
  const done = page.waitForEvent('download', { timeout: 60_000 })
  await card.getByTestId('agreement-download-1').click()
  const pdfPath = join(dir, 'agreement.pdf')
  await (await done).saveAs(pdfPath)
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdfPath, join(dir, 'p')])
  copyFileSync(join(dir, 'p.png'), `${OUT}/agreement-pdf.png`)
  await page.getByRole('link', { name: '文书' }).click()
  await page.getByRole('tab', { name: '文书核验' }).click()
  await chooseFile(
    page,
    page.getByTestId('verify-choose'),
    '协议书.pdf',
    readFileSync(pdfPath),
    'application/pdf',
  )
  await expect(page.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'valid')
  await shot(page, 'verify')

  // the person behind a party: details and every case they are in
  await page.goto(caseUrl)
  await page.getByRole('link', { name: '周丽', exact: true }).click()
  await expect(page.getByTestId('person-name')).toHaveText('周丽')
  await shot(page, 'person')

  await page.getByRole('link', { name: '统计', exact: true }).click()
  await expect(page.getByTestId('stat-summary')).toBeVisible()
  await page.waitForTimeout(500)
  await shot(page, 'statistics', true)

  await page.goto('/#/cases?view=all')
  await expect(page.getByTestId('case-total')).toBeVisible()
  await shot(page, 'case-list')
  await page.goto('/#/deadlines')
  await page.waitForTimeout(500)
  await shot(page, 'deadlines')

  await page.goto('/#/cases/new')
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await page.screenshot({ path: `${OUT}/case-form-errors.png` })
  await page.getByRole('button', { name: '锁定' }).click()
  await page.screenshot({ path: `${OUT}/lock.png` })
  await page.getByRole('dialog', { name: '已锁定' }).getByRole('button', { name: '切换用户' }).click()

  // the counselling room: a client with signed consent and a session note
  await loginOk(page, COUNSELLOR.username, COUNSELLOR.password, COUNSELLOR.displayName)
  await page.getByRole('link', { name: '心理咨询', exact: true }).click()
  await page.getByRole('button', { name: '新建咨询对象' }).click()
  const newClient = page.getByRole('dialog', { name: '新建咨询对象' })
  await newClient.getByLabel('姓名或化名').fill('小林')
  await newClient.getByLabel('这是化名').check()
  await newClient.getByLabel('联系方式').fill('13900003333')
  await newClient.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByTestId('client-name')).toHaveText('小林')
  await addCounsellingRecord(page, '知情同意', async (d) => {
    await d.getByLabel('签署人姓名').fill('小林')
    await drawSignature(page, d.getByTestId('consent-signature-canvas'), 5)
  })
  await addCounsellingRecord(
    page,
    '咨询记录',
    async (d) => {
      await d.getByLabel('干预与技术').fill('倾听、情绪命名、放松训练')
      await d.getByLabel('自由记录').fill('来访者谈到近期与邻居的纠纷带来的压力，睡眠不佳；约定下周再谈。')
    },
    '保存并签名',
  )
  await expect(page.getByTestId('counselling-record-session').getByTestId('record-signed')).toBeVisible()
  await page.waitForTimeout(400) // the dialog's closing fade
  await shot(page, 'counselling-client', true)
  await logout(page)

  await loginOk(page, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await page.getByRole('link', { name: '审计日志' }).click()
  await page.getByRole('button', { name: '校验完整性' }).click()
  await shot(page, 'audit')

  // export to the district (administrator)
  await page.getByRole('link', { name: '导出' }).click()
  await expect(page.getByTestId('own-fingerprint')).toBeVisible({ timeout: 30_000 })
  await page.waitForTimeout(500)
  await shot(page, 'export', true)
})
