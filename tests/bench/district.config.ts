import { defineConfig } from '@playwright/test'
import bench from './playwright.config'

/** `npm run bench:district`: the district import in Chromium (tests/bench/district.ts), same page and server. */
export default defineConfig({ ...bench, testMatch: 'district.ts', timeout: 60 * 60_000 })
