/**
 * No plaintext at rest: with a persistent Chromium profile, register a case whose personal data
 * carries unique random markers (ASCII and Chinese), close the browser, and scan every file of the
 * profile. A control marker stored deliberately unencrypted proves the scan can find things.
 */
import { chromium, expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE_URL, CHROMIUM_ARGS } from '../../playwright.config'
import { asNewMediator } from './support/auth'
import { chooseOption, fillCase, fillPerson } from './support/case-form'
import { asciiMarker, findMarker, hanMarker, phoneMarker, residentIdMarker } from './support/markers'

test('no personal data is readable in any file of the browser profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'mediation-profile-'))
  const markers = {
    nameHan: hanMarker(3),
    respondentHan: hanMarker(3),
    idNumber: residentIdMarker(),
    phone: phoneMarker(),
    addressAscii: asciiMarker('ADDR'),
    factsAscii: asciiMarker('FACTS'),
    factsHan: hanMarker(6),
    requestsHan: hanMarker(6),
  }
  const control = { ascii: asciiMarker('CONTROL'), han: hanMarker(6) }

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL: BASE_URL,
    locale: 'zh-CN',
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await asNewMediator(page)
    await page.getByRole('link', { name: '登记案件' }).click()
    await chooseOption(page, page, '纠纷类型', '邻里')
    await fillCase(page, `${markers.factsAscii} ${markers.factsHan}`, markers.requestsHan)
    await fillPerson(page, 0, {
      name: markers.nameHan,
      idNumber: markers.idNumber,
      phone: markers.phone,
      address: `大连市 ${markers.addressAscii}`,
    })
    await fillPerson(page, 1, { name: markers.respondentHan })
    await page.getByRole('button', { name: '登记', exact: true }).click()
    await expect(page.getByTestId('case-facts')).toContainText(markers.factsHan)
    await expect(page.getByText(markers.idNumber)).toBeVisible()
    // search by the name goes through the blind index, and finds it
    await page.getByRole('link', { name: '案件', exact: true }).click()
    await page.getByRole('searchbox').or(page.getByLabel('搜索案件')).fill(markers.nameHan.slice(1))
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('search-total')).toHaveText('找到 1 件')
    // a whole ID number typed into the search must not land in the browser's history (see list-params)
    await page.getByRole('searchbox').or(page.getByLabel('搜索案件')).fill(markers.idNumber)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('search-total')).toHaveText('找到 1 件')

    // the control: deliberately stored unencrypted, straight into IndexedDB
    await page.evaluate(
      ([ascii, han]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('mediation-room')
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite')
            tx.objectStore('settings').put({ key: 'control-marker', value: `${ascii} ${han}` })
            tx.oncomplete = () => resolve()
            tx.onerror = () => reject(tx.error)
          }
        }),
      [control.ascii, control.han],
    )
  } finally {
    await context.close()
  }

  try {
    expect(findMarker(profile, control.ascii), 'control ASCII marker').not.toEqual([])
    expect(findMarker(profile, control.han), 'control Chinese marker').not.toEqual([])
    for (const [what, marker] of Object.entries(markers)) {
      expect(findMarker(profile, marker), `${what} (${marker})`).toEqual([])
    }
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
