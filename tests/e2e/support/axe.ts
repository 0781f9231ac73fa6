/** The accessibility check shared by end-to-end tests: axe-core's critical and serious findings, and sideways scrolling. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** No critical or serious axe violation on the page as it is now, and no horizontal scrolling. */
export async function expectAccessible(page: Page, screen: string) {
  await page.waitForTimeout(300) // let transitions settle before axe reads colours
  const result = await new AxeBuilder({ page }).analyze()
  const bad = result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) — ${v.nodes
          .map((n) => `${n.html.slice(0, 300)} [${n.failureSummary?.split('\n').slice(1, 2).join('') ?? ''}]`)
          .slice(0, 4)
          .join(' | ')}`,
    )
  expect(bad, bad.join('\n')).toEqual([])
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0)
}
