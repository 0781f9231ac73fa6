import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium, served on
 * localhost: the same code that runs inside Electron, through the browser platform adapter.
 * Playwright's own browser download is not needed (and not possible offline).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
/** E2E_PORT lets two checkouts run their suites side by side; 4173 by default. */
const PORT = Number(process.env.E2E_PORT ?? 4173)
export const BASE_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 120_000,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --outDir out/renderer --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
