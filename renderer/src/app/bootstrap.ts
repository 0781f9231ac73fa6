/** Creates what lives for the whole run: the language, the database, the workspace and the platform. */
import type { i18n } from 'i18next'
import { activeDatabaseName, createWorkspace, openDatabase, type Workspace } from '../data'
import { lazySigningPort } from '../output/signing/lazy'
import { createI18n } from '../i18n'
import { detectPlatform, type Platform } from '../platform'
import { openBundleInWorker } from '../platform/bundle-reader'

export interface AppContext {
  workspace: Workspace
  platform: Platform
  i18n: i18n
}

export function bootstrap(): AppContext {
  const platform = detectPlatform()
  // Ask the browser not to evict the records under storage pressure (Electron grants it; a
  // browser may refuse, and the backup banner is then the remaining safeguard).
  void navigator.storage?.persist?.().catch(() => false)
  return {
    // Data may not import output/ or platform/: the signing code, the Worker that reads export
    // bundles and the keeper are handed to it here.
    workspace: createWorkspace(openDatabase(activeDatabaseName(localStorage)), platform.keeper, {
      signing: lazySigningPort,
      openBundle: openBundleInWorker,
    }),
    platform,
    i18n: createI18n(),
  }
}
