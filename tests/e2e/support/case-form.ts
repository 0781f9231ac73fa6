/** Page helpers for the case registration form, shared by end-to-end tests. */
import { expect, type Locator, type Page } from '@playwright/test'

export interface PersonInput {
  name: string
  idNumber?: string
  phone?: string
  address?: string
}

export async function chooseOption(page: Page, scope: Locator | Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

export async function fillPerson(page: Page, index: number, p: PersonInput) {
  const card = page.getByTestId(`party-${index}`)
  await card.getByLabel('姓名').fill(p.name)
  if (p.idNumber !== undefined) {
    await card.getByLabel('证件号码').fill(p.idNumber)
    await card.getByLabel('证件号码').blur()
  }
  if (p.phone !== undefined) await card.getByLabel('联系电话').fill(p.phone)
  if (p.address !== undefined) await card.getByLabel('住址或单位').fill(p.address)
}

export async function fillCase(page: Page, facts: string, requests: string) {
  await page.getByLabel('简要案情').fill(facts)
  await page.getByLabel('申请事项').fill(requests)
}

/** Raw count of stored cases, read straight from IndexedDB: the UI is not trusted to tell. */
export function storedCaseCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('mediation-room')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('cases')) return resolve(0)
          const req = db.transaction('cases').objectStore('cases').count()
          req.onsuccess = () => {
            resolve(req.result)
            db.close()
          }
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

export async function expectNoCaseStored(page: Page) {
  expect(await storedCaseCount(page)).toBe(0)
}
