/**
 * How `npm run dist` packages the app (electron-builder): a Windows installer (NSIS, x64) and, for
 * 统信UOS / 麒麟 and other Debian-family systems, deb packages and AppImages for x64 and arm64. Only
 * the build output goes into app.asar — main, preload and renderer are bundled by electron-vite, so
 * no node_modules, sources, tests or source maps are shipped — and the fuses are flipped.
 */
import type { Configuration } from 'electron-builder'
import { ELECTRON_FUSES } from './fuses'

/** What goes into app.asar (electron-builder `files` globs, relative to the project root). */
export const APP_FILES = [
  'out/main/**/*',
  'out/preload/**/*',
  'out/renderer/**/*',
  'package.json',
  '!**/*.map',
  '!node_modules/**/*',
]

const config: Configuration = {
  appId: 'cn.mediation-room.desktop',
  productName: '调解室案件管理',
  // The userData folder name is pinned in main/app-identity.ts, whatever the product is called.
  executableName: 'mediation-room',
  copyright: '调解室案件管理',
  directories: { output: 'dist', buildResources: 'main/packaging/resources' },
  files: APP_FILES,
  asar: true,
  // Nothing is installed into the app: everything it runs is in out/.
  npmRebuild: false,
  electronFuses: { ...ELECTRON_FUSES },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // The records stay on the PC when the program is removed; deleting them is a separate, deliberate act.
    deleteAppDataOnUninstall: false,
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    category: 'Office',
    maintainer: 'mediation-room <support@mediation-room.invalid>',
    synopsis: '社区调解室与心理咨询室的案件管理',
  },
  deb: {
    depends: ['libgtk-3-0', 'libnss3', 'libxss1', 'libxtst6', 'libnotify4', 'libsecret-1-0'],
  },
}

export default config
