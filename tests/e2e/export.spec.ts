/**
 * Export to the district in the real UI (Chromium, built renderer): a room loads demo data and
 * saves a signed bundle and its certificate; a second workspace, set up as a district office,
 * registers the room, imports the bundle together with a tampered copy — one accepted, one refused
 * with the exact reason — and shows the room in its statistics across rooms. Bundles are read by a
 * Web Worker: a district importing the heaviest bundle the limits allow keeps a responsive page,
 * Cancel ends the worker, and a 4 GiB zip bomb is refused.
 */
import { expect, test, type Browser, type Page, type Worker } from '@playwright/test'
import { unzipSync, zipSync } from 'fflate'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ADMIN, loginOk, setUpWorkspace } from './support/auth'
import { hostileBundles } from './support/bundles'

const dir = mkdtempSync(join(tmpdir(), 'export-e2e-'))

async function download(page: Page, click: () => Promise<void>, file: string): Promise<Buffer> {
  const done = page.waitForEvent('download')
  await click()
  const path = join(dir, file)
  await (await done).saveAs(path)
  return readFileSync(path)
}

/** A fresh workspace set up as a district office, with `pem` registered as 泉水街道调委会. */
async function districtOffice(browser: Browser, pem: string): Promise<Page> {
  const district = await (await browser.newContext()).newPage()
  await setUpWorkspace(district)
  await district.getByRole('link', { name: '设置' }).click()
  const role = district.getByRole('switch', { name: '本机为区县工作站' })
  await role.click({ timeout: 20_000 })
  await expect(role).toBeChecked()
  await district.getByRole('link', { name: '导出' }).click()
  await expect(district.getByRole('heading', { name: '区县汇总' })).toBeVisible()
  const rooms = district.getByTestId('district-rooms')
  await rooms.getByLabel('调解室名称').fill('泉水街道调委会')
  await rooms.getByLabel('证书（PEM）').fill(pem)
  await rooms.getByRole('button', { name: '登记' }).click()
  await expect(rooms.getByRole('cell', { name: '泉水街道调委会' })).toBeVisible()
  return district
}

async function importFiles(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '选择数据包' }).click()
  await (await chooser).setFiles(files.map((f) => ({ ...f, mimeType: 'application/zip' })))
}

/** The page's dedicated workers, as they start, and whether each has ended. */
function watchWorkers(page: Page): { url: string; closed: boolean }[] {
  const seen: { url: string; closed: boolean }[] = []
  page.on('worker', (worker: Worker) => {
    const entry = { url: worker.url(), closed: false }
    seen.push(entry)
    worker.on('close', () => (entry.closed = true))
  })
  return seen
}

test('a room’s bundle is imported by the district; a tampered copy is refused with the reason', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  // The room.
  const roomContext = await browser.newContext()
  const room = await roomContext.newPage()
  await setUpWorkspace(room)
  await room.getByRole('link', { name: '设置' }).click()
  await room.getByRole('button', { name: '加载演示数据' }).click()
  await room.getByRole('button', { name: '确定加载' }).click()
  await expect(room.getByTestId('demo-data-card').getByText(/已加载 \d+ 件演示案件/)).toBeVisible({
    timeout: 120_000,
  })
  await room.getByRole('link', { name: '导出' }).click()
  await expect(room.getByTestId('own-fingerprint')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, {
    timeout: 30_000,
  })
  await room.getByText('只导出上次导出以来有变化的案件').click()
  const bundle = await download(
    room,
    () => room.getByRole('button', { name: '生成数据包' }).click(),
    'bundle.zip',
  )
  await expect(room.getByTestId('export-history').getByRole('row')).toHaveCount(2)
  // Chromium holds back a tab's second download that no click started (the bundle took a while):
  // the certificate comes from a second tab, logged in afresh.
  const second = await roomContext.newPage()
  await second.goto('/')
  await loginOk(second, ADMIN.username, ADMIN.password, ADMIN.displayName)
  await second.getByRole('link', { name: '导出' }).click()
  const pem = (
    await download(second, () => second.getByRole('button', { name: '导出证书（.pem）' }).click(), 'room.pem')
  ).toString('utf8')
  expect(pem).toContain('BEGIN CERTIFICATE')

  // The district office.
  const district = await districtOffice(browser, pem)
  const workers = watchWorkers(district)

  // One byte of the first case file changed, its size kept, the zip rebuilt around it: a flipped byte
  // in the raw zip could land in compressed data and be refused for another (equally exact) reason.
  const files = unzipSync(new Uint8Array(bundle))
  const cases = files['cases/000001.json'] as Uint8Array
  const at = cases.indexOf(0x3a) // the first ':' of the JSON becomes ';'
  cases[at] = 0x3b
  const tampered = Buffer.from(zipSync(files))
  await importFiles(district, [
    { name: 'bundle.zip', buffer: bundle },
    { name: 'tampered.zip', buffer: tampered },
  ])
  const results = district.getByTestId('import-results').getByRole('listitem')
  await expect(results).toHaveCount(2, { timeout: 120_000 })
  await expect(results.nth(0)).toContainText(/已导入：新增 \d+ 件/)
  await expect(results.nth(1)).toContainText(/拒收：第 \d+ 个文件 cases\/000001\.json 的哈希与清单不符/)
  await expect(
    district.getByTestId('district-by-room').getByRole('cell', { name: '泉水街道调委会' }),
  ).toBeVisible()
  await expect(district.getByTestId('district-imports').getByRole('row')).toHaveCount(2)
  // Each bundle was read by its own worker, ended when its import was done.
  expect(workers).toEqual([
    { url: expect.stringContaining('bundle-reader.worker'), closed: true },
    { url: expect.stringContaining('bundle-reader.worker'), closed: true },
  ])
})

test('a district importing a zip bomb stays responsive; Cancel ends the worker; the bomb is refused', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const hostile = await hostileBundles()
  const district = await districtOffice(browser, hostile.identity.certificatePem)
  const workers = watchWorkers(district)
  await district.evaluate(() => {
    const page = window as unknown as { ticks: number }
    page.ticks = 0
    setInterval(() => page.ticks++, 20)
  })
  const ticks = () => district.evaluate(() => (window as unknown as { ticks: number }).ticks)
  const progress = district.getByTestId('import-progress')
  const results = district.getByTestId('import-results').getByRole('listitem')

  // The heaviest read the limits allow: 384 MB to inflate and hash before the first parse refuses it.
  await importFiles(district, [{ name: 'heavy.zip', buffer: hostile.heavy }])
  await expect(progress).toBeVisible()
  const before = await ticks()
  // Meanwhile the page answers: typing lands in a field, its timer runs, the progress bar moves …
  const name = district.getByTestId('district-rooms').getByLabel('调解室名称')
  await name.pressSequentially('页面仍可操作')
  await expect(name).toHaveValue('页面仍可操作')
  await expect.poll(ticks).toBeGreaterThan(before + 5)
  await expect
    .poll(async () => Number(await progress.getByRole('progressbar').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0)
  // … all while the import is still running.
  await expect(progress).toBeVisible()
  await expect(results).toHaveCount(1, { timeout: 120_000 })
  await expect(results.nth(0)).toContainText('拒收：文件 cases/000001.json 不是有效的 JSON')
  expect(workers).toEqual([{ url: expect.stringContaining('bundle-reader.worker'), closed: true }])

  // Cancel while it reads: the worker is ended at once, nothing imported.
  await importFiles(district, [{ name: 'heavy.zip', buffer: hostile.heavy }])
  await progress.getByRole('button', { name: '取消' }).click()
  await expect(results.nth(0)).toContainText('已取消，未导入任何内容')
  await expect(progress).toBeHidden()
  await expect.poll(() => workers.map((w) => w.closed)).toEqual([true, true])

  // 4 GiB posing as a small manifest: refused once inflation passes the declared size.
  await importFiles(district, [{ name: 'bomb.zip', buffer: hostile.bomb }])
  await expect(results.nth(0)).toContainText(/拒收：文件 manifest\.json 解压后超出其声明的 \d+ 字节/, {
    timeout: 30_000,
  })
  await expect(district.getByTestId('district-imports').getByRole('row')).toHaveCount(0)
})
