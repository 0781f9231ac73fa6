import { expect, test } from '@playwright/test'
import { asNewMediator } from './support/auth'
import { fillCase, fillPerson } from './support/case-form'

// One person, two cases: the second registration picks "使用已有资料", and the person page lists both.

test('a person registered twice is one record with both cases', async ({ page }) => {
  await asNewMediator(page)

  await page.goto('/#/cases/new')
  await fillCase(page, '楼上漏水导致楼下天花板受损。', '请求赔偿维修费800元。')
  await fillPerson(page, 0, { name: '王秀兰', idNumber: '11010519491231002X', phone: '13900001111' })
  await fillPerson(page, 1, { name: '赵建国', idNumber: '210202198001010016' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toHaveText(/第0001号$/)
  const firstNo = (await page.getByTestId('case-number').textContent()) ?? ''

  await page.goto('/#/cases/new')
  await fillCase(page, '又因停车位发生争执。', '请求对方挪车。')
  const party = page.getByTestId('party-0')
  await party.getByLabel('证件号码').fill('11010519491231002x')
  await party.getByLabel('证件号码').blur()
  const offer = page.getByTestId('party-match')
  await expect(offer).toContainText(firstNo)
  await offer.getByRole('button', { name: '使用已有资料' }).click()
  await expect(party.getByTestId('party-linked-0')).toHaveText('已关联当事人档案')
  await expect(party.getByLabel('姓名')).toHaveValue('王秀兰')
  await expect(party.getByLabel('联系电话')).toHaveValue('13900001111')
  await fillPerson(page, 1, { name: '孙强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByTestId('case-number')).toHaveText(/第0002号$/)
  const secondNo = (await page.getByTestId('case-number').textContent()) ?? ''

  // from the case's party to the person record, which lists both cases
  await page.getByRole('link', { name: '王秀兰', exact: true }).click()
  await expect(page.getByTestId('person-name')).toHaveText('王秀兰')
  const cases = page.getByTestId('person-cases')
  await expect(cases.getByRole('row')).toHaveCount(3)
  await expect(cases.getByRole('link', { name: secondNo })).toBeVisible()
  await expect(cases.getByRole('link', { name: firstNo })).toBeVisible()

  await cases.getByRole('link', { name: firstNo }).click()
  await expect(page.getByTestId('case-number')).toHaveText(firstNo)
  await expect(page.getByTestId('case-facts')).toHaveText('楼上漏水导致楼下天花板受损。')
})
