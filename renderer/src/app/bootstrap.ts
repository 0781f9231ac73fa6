/** Creates what lives for the whole run: the language, the database, the workspace and the platform. */
import type { i18n } from 'i18next'
import { activeDatabaseName, createWorkspace, openDatabase, type Workspace } from '../data'
import { lazySigningPort } from '../output/signing/lazy'
import { createI18n } from '../i18n'
import { detectPlatform, type Platform } from '../platform'
import type { BundleOpener } from '../domain/export/bundle-session'

export interface AppContext {
  workspace: Workspace
  platform: Platform
  i18n: i18n
}

/** The Worker that reads export bundles, loaded when a bundle is first opened. */
const openBundleLazily: BundleOpener = async (...args) =>
  (await import('../platform/bundle-reader')).openBundleInWorker(...args)

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
      openBundle: openBundleLazily,
    }),
    platform,
    i18n: createI18n(),
  }
}
