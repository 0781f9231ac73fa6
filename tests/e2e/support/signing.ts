/** Page helpers for drawing signatures with the mouse and choosing files, shared by end-to-end tests. */
import { expect, type Locator, type Page } from '@playwright/test'

export async function chooseFile(
  page: Page,
  trigger: Locator,
  name: string,
  buffer: Buffer,
  mimeType: string,
) {
  const chooser = page.waitForEvent('filechooser')
  await trigger.click()
  await (await chooser).setFiles({ name, mimeType, buffer })
}

/** A handwritten stroke with the mouse: down, a wavy line in small steps, up. */
export async function drawSignature(page: Page, canvas: Locator, seed = 0) {
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('signature canvas not visible')
  const y = box.y + box.height / 2
  const step = Math.min(14, (box.width - 60) / 24)
  await page.mouse.move(box.x + 30, y)
  await page.mouse.down()
  for (let i = 1; i <= 24; i++) {
    await page.mouse.move(box.x + 30 + i * step, y + Math.sin(i / 2 + seed) * Math.min(30, box.height / 3), {
      steps: 3,
    })
  }
  await page.mouse.up()
}

/**
 * Draws in one signing slot of the agreement's signing screen and confirms it; the screen then
 * marks that step done (and moves on to the next one).
 */
export async function signSlot(page: Page, slot: Locator, seed: number) {
  const id = ((await slot.getAttribute('data-testid')) ?? '').replace(/^slot-/, '')
  await drawSignature(page, slot.locator('canvas'), seed)
  await slot.getByRole('button', { name: '确认签名' }).click()
  await expect(page.getByTestId(`step-${id}`)).toHaveAttribute('data-state', 'done')
}
