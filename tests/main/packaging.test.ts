/**
 * The packaged app, as far as it can be checked without Electron's binary (which cannot be
 * downloaded here): the fuses electron-builder flips, the targets, and what goes into app.asar —
 * built from a fresh `electron-vite build`, staged by the same `files` globs electron-builder uses,
 * packed with @electron/asar and listed.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { createPackage, listPackage } from '@electron/asar'
import { FuseV1Options } from '@electron/fuses'
import { minimatch } from 'minimatch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config, { APP_FILES } from '../../main/packaging/builder-config'
import { ELECTRON_FUSES, fuseConfig } from '../../main/packaging/fuses'
import pkg from '../../package.json'

describe('fuses', () => {
  it('turn off Node entry points and load only a verified app.asar', () => {
    const fuses = fuseConfig()
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('are what electron-builder flips at pack time', () => {
    expect(config.electronFuses).toEqual(ELECTRON_FUSES)
  })
})

describe('targets', () => {
  it('Windows NSIS x64; deb and AppImage for x64 and arm64; asar', () => {
    expect(config.asar).toBe(true)
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ])
  })

  it('pins Electron exactly, to a 45.x release', () => {
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/)
    // electron-builder packs only what the app runs: everything is bundled, nothing is installed.
    expect(Object.keys((pkg as { dependencies?: object }).dependencies ?? {})).toEqual([])
  })
})

/** electron-builder's `files` semantics: included by a positive glob, dropped by a later negative one. */
function selected(path: string): boolean {
  let inside = false
  for (const glob of APP_FILES) {
    if (glob.startsWith('!')) {
      if (minimatch(path, glob.slice(1), { dot: true })) inside = false
    } else if (minimatch(path, glob, { dot: true })) inside = true
  }
  return inside
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full, root) : [relative(root, full).split('\\').join('/')]
  })
}

describe('app.asar', () => {
  let work: string
  let entries: string[]

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'asar-'))
    const build = join(work, 'build')
    execFileSync(
      process.execPath,
      ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', build],
      {
        stdio: 'ignore',
        env: { ...process.env, BENCH: '' },
      },
    )
    // Everything electron-builder could see: the build as out/, the project's own files, and a dependency.
    const candidates = new Map<string, string>()
    for (const f of walk(build)) candidates.set(`out/${f}`, join(build, f))
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter(Boolean)
    for (const f of tracked) candidates.set(f, f)
    candidates.set('node_modules/zod/package.json', 'node_modules/zod/package.json')
    const stage = join(work, 'app')
    for (const [path, source] of candidates) {
      if (!selected(path)) continue
      mkdirSync(dirname(join(stage, path)), { recursive: true })
      cpSync(source, join(stage, path))
    }
    await createPackage(stage, join(work, 'app.asar'))
    entries = listPackage(join(work, 'app.asar'), { isPack: false }).map((e) => e.split('\\').join('/'))
  }, 120_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('holds the built main, preload and renderer and the package manifest', () => {
    for (const needed of [
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/package.json',
    ]) {
      expect(entries).toContain(needed)
    }
    expect(entries.some((e) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(e))).toBe(true)
  })

  it('holds no source maps, sources, tests, templates sources or node_modules', () => {
    const files = entries.filter((e) => /\.[a-z0-9]+$/i.test(e))
    expect(files.filter((e) => e.endsWith('.map'))).toEqual([])
    expect(files.filter((e) => /\.tsx?$/.test(e))).toEqual([])
    expect(
      entries.filter((e) => e.startsWith('/tests') || e.startsWith('/renderer') || e.startsWith('/main/')),
    ).toEqual([])
    expect(entries.filter((e) => e.includes('node_modules'))).toEqual([])
    expect(files.every((e) => e.startsWith('/out/') || e === '/package.json')).toBe(true)
  })
})
