/**
 * Cold start (issue 17 item 4), for `npm run bench`: from navigation to the login screen visible on
 * a set-up workspace, against the same measure for a bare Mantine app shell built with the same
 * toolchain (renderer/bench/shell.html), each `COLD_RUNS` times (default 10) on a fresh page of the
 * same browser profile, alternating, so both see the same machine. Also the first screen's
 * JavaScript as the build declares it (bytes before gzip).
 */
import { expect, type BrowserContext, type Page } from '@playwright/test'
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
  const login = async (page: Page) => {
    await expect(page.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 60_000 })
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
