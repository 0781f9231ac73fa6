/**
 * Cold start (issue 17 item 4), for `npm run bench`: from navigation to the login screen visible on
 * a set-up workspace, against the same measure for a bare Mantine app shell built with the same
 * toolchain (renderer/bench/shell.html), each `COLD_RUNS` times (default 10) on a fresh page of the
 * same browser profile, alternating, so both see the same machine. Also the first screen's
 * JavaScript as the build declares it (bytes before gzip).
 */
import type { BrowserContext, Page } from '@playwright/test'
import { setUpWorkspace } from '../e2e/support/auth'
import { firstScreenScripts } from '../e2e/support/first-screen'
import { quantile, round } from './node-metrics'

export const COLD_RUNS = Math.max(10, Number(process.env.BENCH_COLD_RUNS ?? 10))

export interface ColdStart {
  app: number[]
  shell: number[]
  firstScreenBytes: number
  firstScreenFiles: number
}

async function timeTo(context: BrowserContext, url: string, visible: (page: Page) => Promise<void>) {
  const page = await context.newPage()
  try {
    const start = performance.now()
    await page.goto(url)
    await visible(page)
    return performance.now() - start
  } finally {
    await page.close()
  }
}

export async function coldStart(context: BrowserContext): Promise<ColdStart> {
  // The app's own database on this profile: set up once, through the screens.
  const setup = await context.newPage()
  await setUpWorkspace(setup)
  await setup.close()
  // Checked in the page on every animation frame: expect().toBeVisible() retries after 100, 250,
  // 500 ms…, which rounds each time up to its next retry and so weighs against the slower page.
  const login = async (page: Page) => {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some(
          (b) => b.textContent?.trim() === '登录' && b.getClientRects().length > 0,
        ),
      undefined,
      { polling: 'raf', timeout: 60_000 },
    )
  }
  const app: number[] = []
  const shell: number[] = []
  // One untimed round of each first (the server's and the disk's first touch).
  await timeTo(context, '/', login)
  await timeTo(context, '/bench/shell.html', login)
  for (let i = 0; i < COLD_RUNS; i++) {
    app.push(await timeTo(context, '/', login))
    shell.push(await timeTo(context, '/bench/shell.html', login))
  }
  const scripts = firstScreenScripts('bench/tmp/renderer')
  return {
    app,
    shell,
    firstScreenBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    firstScreenFiles: scripts.length,
  }
}

export const median = (times: number[]) =>
  round(
    quantile(
      [...times].sort((a, b) => a - b),
      0.5,
    ),
  )
