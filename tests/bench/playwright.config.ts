import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from '../../playwright.config'

/**
 * `npm run bench`: Playwright runs tests/bench/run.ts (it compiles TypeScript itself, which Node 20
 * cannot) against the built renderer's bench page — a copy in bench/tmp, so other builds during a
 * long run cannot pull it away — served on its own port.
 */
const PORT = Number(process.env.BENCH_PORT ?? 4174)
export const BENCH_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: '.',
  testMatch: 'run.ts',
  // Seeding 100,000 encrypted cases takes a while.
  timeout: 4 * 60 * 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: BENCH_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --outDir bench/tmp/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `${BENCH_URL}/bench/index.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
