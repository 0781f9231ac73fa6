/**
 * Electron's fuses, flipped in the packaged binary at pack time (electron-builder's
 * `electronFuses`, which uses @electron/fuses). With them off, the installed app cannot be turned
 * into a plain Node.js runtime (ELECTRON_RUN_AS_NODE), given NODE_OPTIONS, or opened for a
 * debugger with --inspect; it loads its code only from app.asar, and checks that archive's
 * integrity; cookies (none are used, but Chromium keeps a store) are encrypted at rest.
 */
import { FuseV1Options, type FuseV1Config, FuseVersion } from '@electron/fuses'
import type { Configuration } from 'electron-builder'

type FuseOptionsV1 = NonNullable<Configuration['electronFuses']>

/** electron-builder's names for the fuses (its `FuseOptionsV1`). */
export const ELECTRON_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // The app is served from app://, never file://: file: URLs need no extra privileges.
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const satisfies Required<Omit<FuseOptionsV1, 'resetAdHocDarwinSignature'>>

/** The same settings as @electron/fuses' own configuration, so each name is checked against its enum. */
export function fuseConfig(): FuseV1Config<boolean> {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: ELECTRON_FUSES.runAsNode,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: ELECTRON_FUSES.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: ELECTRON_FUSES.enableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      ELECTRON_FUSES.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: ELECTRON_FUSES.onlyLoadAppFromAsar,
    [FuseV1Options.EnableCookieEncryption]: ELECTRON_FUSES.enableCookieEncryption,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: ELECTRON_FUSES.grantFileProtocolExtraPrivileges,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: ELECTRON_FUSES.loadBrowserProcessSpecificV8Snapshot,
  }
}
