/**
 * What the Chromium benchmarks (seeding + lists, district import) share: the browser's version for the
 * record, and running on a persistent profile on disk — IndexedDB as the app has it, not in memory.
 */
import { chromium, type BrowserContext, type TestInfo } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export function chromiumVersion(executablePath = '/usr/bin/chromium'): string {
  try {
    const text = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return /\d+\.\d+\.\d+\.\d+/.exec(text)?.[0] ?? text.trim()
  } catch {
    return '?'
  }
}

/** Runs `job` in Chromium on a fresh profile under `dir`, removed afterwards unless BENCH_KEEP_PROFILE. */
export async function onPersistentProfile(
  dir: string,
  prefix: string,
  testInfo: TestInfo,
  baseURL: string | undefined,
  job: (context: BrowserContext, browserVersion: string) => Promise<void>,
): Promise<void> {
  const { executablePath, args } = testInfo.project.use.launchOptions ?? {}
  mkdirSync(dir, { recursive: true })
  const profile = mkdtempSync(join(dir, prefix))
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, baseURL })
  try {
    await job(context, chromiumVersion(executablePath))
  } finally {
    await context.close()
    if (!process.env.BENCH_KEEP_PROFILE) rmSync(profile, { recursive: true, force: true })
  }
}
