/**
 * Signing on the spot, end to end in Chromium: the administrator imports the seal (an opaque PNG is
 * refused) and finds the organisation certificate made at setup; a mediator with the judicial-office role
 * registers a case, draws up its agreement, draws signatures with the mouse, is refused "effective"
 * with exactly the missing signature, completes it, applies the seal and puts it into effect. The
 * downloaded PDF carries the drawn signatures as images and a valid PAdES signature (pdfsig). A
 * correction supersedes it, and the verification page then reports the old PDF as superseded, a
 * tampered copy as altered and the correction as valid.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { makePng } from '../builders/png'
import { createUser, loginOk, logout, setUpWorkspace } from './support/auth'
import { agreement, notice, registerCase, session, step } from './support/lifecycle'
import { chooseFile, drawSignature, signSlot } from './support/signing'

const dir = mkdtempSync(join(tmpdir(), 'agreement-e2e-'))
const SIGNER = {
  username: 'signer1',
  displayName: '李调解',
  password: 'signer password 1',
  roles: ['调解员', '司法所工作人员'],
}

async function download(page: Page, testId: string, file: string): Promise<Buffer> {
  const done = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  const path = join(dir, file)
  await (await done).saveAs(path)
  return readFileSync(path)
}

async function verify(page: Page, name: string, pdf: Buffer) {
  await chooseFile(page, page.getByTestId('verify-choose'), name, pdf, 'application/pdf')
  return page.getByTestId('verify-verdict')
}

test('signatures drawn with the mouse, effective refused while one is missing, correction superseded', async ({
  page,
}) => {
  // The administrator: seal and certificate.
  await setUpWorkspace(page)
  await page.getByRole('link', { name: '设置' }).click()
  await chooseFile(
    page,
    page.getByTestId('seal-import'),
    'opaque.png',
    Buffer.from(makePng({ colorType: 2 })),
    'image/png',
  )
  await expect(page.getByTestId('seal-error')).toContainText('没有透明通道')
  await chooseFile(
    page,
    page.getByTestId('seal-import'),
    'seal.png',
    Buffer.from(makePng({ width: 200, height: 200 })),
    'image/png',
  )
  await expect(page.getByTestId('seal-status')).toHaveText('印章已导入（200 × 200 像素）')
  // setup already made the self-issued certificate
  await expect(page.getByTestId('certificate-fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, {
    timeout: 30_000,
  })
  await createUser(page, SIGNER)
  await logout(page)
  await loginOk(page, SIGNER.username, SIGNER.password, SIGNER.displayName)

  // A case with a written agreement.
  await registerCase(page, { facts: '楼上漏水致楼下天花板受损。' })
  await step(page, 'accept', '已受理')
  await notice(page)
  await step(page, 'notify', '已告知')
  await step(page, 'mediate', '调解中')
  await session(page)
  await agreement(page)

  // Draw it up and sign, leaving 吴强 out.
  const card = page.getByTestId('agreement-card')
  await card.getByTestId('agreement-draft').click()
  const modal = page.getByRole('dialog')
  const parties = modal.locator('[data-testid^="slot-party:"]')
  await expect(parties).toHaveCount(2)
  await signSlot(page, parties.nth(0), 1)
  await signSlot(page, modal.getByTestId('slot-mediator'), 2)
  await modal.getByTestId('apply-seal').click()
  await expect(modal.getByTestId('seal-panel')).toContainText(`已由 ${SIGNER.displayName} 于`)
  await modal.getByTestId('make-effective').click()
  await expect(modal.getByTestId('agreement-missing').getByRole('listitem')).toHaveText([
    '当事人「吴强」的签名（签名、盖章或按指印）',
  ])

  // Undo and clear work on the pad; then the last signature locks the version.
  const last = parties.nth(1)
  await drawSignature(page, last.locator('canvas'), 3)
  await last.getByRole('button', { name: '撤销' }).click()
  await expect(last.getByRole('button', { name: '撤销' })).toBeDisabled()
  await last.getByRole('button', { name: '确认签名' }).click()
  await expect(last.getByText('请先在框内签名')).toBeVisible()
  await signSlot(page, last, 4)
  await expect(modal.getByText('所有必需的签名已完成')).toBeVisible()
  await modal.getByTestId('make-effective').click()
  await expect(modal.getByTestId('agreement-effective')).toBeVisible({ timeout: 30_000 })
  await modal.getByRole('button', { name: '关闭' }).click()
  await expect(card.getByTestId('agreement-status-1')).toHaveText('已生效')

  // The issued PDF: the drawn signatures are images in it, and pdfsig accepts the signature.
  const v1 = await download(page, 'agreement-download-1', 'v1.pdf')
  const images = execFileSync('pdfimages', ['-list', join(dir, 'v1.pdf')], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /^\s*\d+\s+\d+\s+image\s/.test(l))
  // three drawn signatures (two parties, the mediator) and the 200×200 seal, each with its alpha mask
  expect(images.length).toBeGreaterThanOrEqual(4)
  expect(images.some((l) => /\s200\s+200\s/.test(l))).toBe(true)
  expect(images.filter((l) => !/\s200\s+200\s/.test(l)).length).toBeGreaterThanOrEqual(3)
  const sig = execFileSync('pdfsig', [join(dir, 'v1.pdf')], { encoding: 'utf8' })
  expect(sig).toContain('Signature is Valid')
  expect(sig).toContain('Total document signed')
  expect(sig).toContain('ETSI.CAdES.detached')

  // A correction: version 2 takes effect, version 1 is superseded, both stay.
  await card.getByTestId('agreement-correct-1').click()
  await page.getByRole('dialog', { name: '更正协议书' }).getByLabel('更正理由').fill('履行期限写错')
  await page.getByTestId('confirm-correct').click()
  const modal2 = page.getByRole('dialog', { name: /第 2 版/ })
  const parties2 = modal2.locator('[data-testid^="slot-party:"]')
  await signSlot(page, parties2.nth(0), 5)
  await signSlot(page, parties2.nth(1), 6)
  await signSlot(page, modal2.getByTestId('slot-mediator'), 7)
  await modal2.getByTestId('apply-seal').click()
  await modal2.getByTestId('make-effective').click()
  await expect(modal2.getByTestId('agreement-effective')).toBeVisible({ timeout: 30_000 })
  await modal2.getByRole('button', { name: '关闭' }).click()
  await expect(card.getByTestId('agreement-status-1')).toHaveText('已被更正')
  await expect(card.getByTestId('agreement-status-2')).toHaveText('已生效')
  const v2 = await download(page, 'agreement-download-2', 'v2.pdf')
  const caseNo = (await page.getByTestId('case-number').textContent()) ?? ''

  // The verification page.
  await page.getByRole('link', { name: '文书' }).click()
  await page.getByRole('tab', { name: '文书核验' }).click()
  const old = await verify(page, 'v1.pdf', v1)
  await expect(old).toHaveAttribute('data-verdict', 'superseded')
  await expect(old).toContainText(`${caseNo} 第 1 版`)
  await expect(old).toContainText('被第 2 版更正')
  const tampered = Buffer.from(v1)
  tampered[2000] = (tampered[2000] ?? 0) ^ 0x01
  writeFileSync(join(dir, 'tampered.pdf'), tampered)
  expect(execFileSync('pdfsig', [join(dir, 'tampered.pdf')], { encoding: 'utf8' })).toContain(
    'Digest Mismatch',
  )
  await expect(await verify(page, 'tampered.pdf', tampered)).toHaveAttribute('data-verdict', 'altered')
  await expect(page.getByTestId('verify-verdict')).toContainText('文件内容在签章后被修改')
  const current = await verify(page, 'v2.pdf', v2)
  await expect(current).toHaveAttribute('data-verdict', 'valid')
  await expect(current).toContainText(`${caseNo}（第 2 版）`)
})
