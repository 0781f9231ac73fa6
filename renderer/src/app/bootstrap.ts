/** Creates what lives for the whole run: the language, the database, the workspace and the platform. */
import type { i18n } from 'i18next'
import { createWorkspace, openDatabase, type Workspace } from '../data'
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
  return {
    // Data may not import documents/ or platform/, so the signing code and the Worker that reads
    // export bundles are handed to it here.
    workspace: createWorkspace(openDatabase(), {
      signing: lazySigningPort,
      openBundle: openBundleInWorker,
    }),
    platform: detectPlatform(),
    i18n: createI18n(),
  }
}
