import { expect, test } from '@playwright/test'
import { MEDIATOR, asNewMediator, loginOk, passwordFor } from './support/auth'
import { chooseOption, expectNoCaseStored, fillCase, fillPerson, storedCaseCount } from './support/case-form'

// Each test gets a fresh browser context, so a fresh, empty IndexedDB: set up, then a mediator logs in.

test('a mediator registers a case, reloads, finds it in the list and opens it', async ({ page }) => {
  await asNewMediator(page)
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible()
  await expect(page.getByText('您目前没有在办的案件。')).toBeVisible()

  await page.getByRole('link', { name: '登记案件' }).click()
  await expect(page.getByRole('heading', { name: '登记案件', exact: true })).toBeVisible()
  await chooseOption(page, page, '纠纷类型', '物业')
  await chooseOption(page, page, '案件来源', '网格员上报')
  await fillCase(page, '业主与物业公司因电梯维修费用分摊发生争议。', '请求物业公司退还多收的维修费1200元。')
  await fillPerson(page, 0, { name: '王秀兰', idNumber: '11010519491231002x', phone: '13900001111' })
  // The birth date and gender came from the ID number.
  await expect(page.getByTestId('party-0').getByRole('button', { name: '出生日期' })).toHaveText('1949-12-31')
  await fillPerson(page, 1, { name: '赵建国', idNumber: '210202198001010016' })
  await page.getByRole('button', { name: '登记', exact: true }).click()

  await expect(page.getByTestId('case-number')).toHaveText(/^（\d{4}）某人调字第0001号$/)
  const caseNo = (await page.getByTestId('case-number').textContent()) ?? ''

  // keys live in memory only: after a reload the password is asked again, and the case is there
  await page.reload()
  await loginOk(page, MEDIATOR.username, MEDIATOR.password, MEDIATOR.displayName)
  await expect(page.getByTestId('case-number')).toHaveText(caseNo)
  await page.getByRole('link', { name: '案件', exact: true }).click()
  await expect(page.getByTestId('case-total')).toHaveText('共 1 件')

  // Filter by dispute type: the case is found under 物业 and not under 合同.
  await chooseOption(page, page, '纠纷类型', '合同')
  await expect(page.getByText('没有符合条件的案件。')).toBeVisible()
  await chooseOption(page, page, '纠纷类型', '物业')

  // Search: one character (a surname) is refused with a clear message; two of the name find it.
  const searchBox = page.getByRole('searchbox').or(page.getByLabel('搜索案件'))
  await searchBox.fill('王')
  await page.keyboard.press('Enter')
  await expect(page.getByText('请至少输入两个字：单独一个字（如姓氏）不能查找。')).toBeVisible()
  await expect(page.getByTestId('search-total')).toHaveCount(0)
  await searchBox.fill('秀兰')
  await expect(page.getByText('请至少输入两个字：单独一个字（如姓氏）不能查找。')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('search-total')).toHaveText('找到 1 件')
  const row = page.getByRole('row', { name: new RegExp('王秀兰') })
  await expect(row).toContainText(caseNo)
  await expect(row).toContainText('已登记')

  await row.getByRole('link', { name: caseNo }).click()
  await expect(page.getByTestId('case-facts')).toHaveText('业主与物业公司因电梯维修费用分摊发生争议。')
  await expect(page.getByText('11010519491231002X')).toBeVisible()
  await expect(page.getByText('赵建国')).toBeVisible()
  expect(await storedCaseCount(page)).toBe(1)
})

test('a bad ID number is refused with the zh-CN message and nothing is stored', async ({ page }) => {
  await asNewMediator(page)
  await page.goto('/#/cases/new')
  await fillCase(page, '邻里漏水纠纷。', '赔偿损失。')
  await fillPerson(page, 0, { name: '李梅', idNumber: '110105194912310021' })
  await fillPerson(page, 1, { name: '孙强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()

  await expect(page.getByText('身份证号码校验位不正确，请核对')).toBeVisible()
  await expect(page.getByTestId('form-failure')).toHaveText('请先更正标红的内容。')
  await expectNoCaseStored(page)
})

test('an empty required field is refused with the zh-CN message and nothing is stored', async ({ page }) => {
  await asNewMediator(page)
  await page.goto('/#/cases/new')
  await page.getByLabel('申请事项').fill('赔偿损失。')
  await fillPerson(page, 0, { name: '李梅' })
  await fillPerson(page, 1, { name: '孙强' })
  await page.getByRole('button', { name: '登记', exact: true }).click()

  await expect(page.getByText('此项为必填项')).toBeVisible()
  await expect(page).toHaveURL(/#\/cases\/new$/)
  await expectNoCaseStored(page)
})

test('the interface switches to English and remembers it', async ({ page }) => {
  await asNewMediator(page)
  await page.getByText('EN', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible()
  await page.reload()
  await page.getByLabel('Username').fill(MEDIATOR.username)
  await page
    .getByRole('textbox', { name: 'Password', exact: true })
    .fill(passwordFor(MEDIATOR.username, MEDIATOR.password))
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('link', { name: 'Register a case' })).toBeVisible()
  await page.getByRole('link', { name: 'Statistics' }).click()
  await expect(page.getByRole('heading', { name: 'Statistics' })).toBeVisible()
})
