/**
 * Where the main bundle finds its siblings at run time. electron-vite bundles all of main/ into
 * out/main/index.js, so import.meta.dirname is out/main for every module here, not the source
 * folder; the preload and renderer builds sit next to it.
 */
import { join } from 'node:path'

const bundleDir = import.meta.dirname

/** The sandboxed preload, built as CommonJS (an ESM preload would force sandbox: false). */
export const PRELOAD_PATH = join(bundleDir, '../preload/index.cjs')
/** The built renderer served under app://mediation/. */
export const RENDERER_DIR = join(bundleDir, '../renderer')
