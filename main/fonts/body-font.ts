/**
 * The PDF body font: the PC's own 仿宋, so that a PDF looks like its DOCX (which names 仿宋). The
 * administrator may point to a file (kept in userData/body-font.json); otherwise main looks where
 * Windows, 统信UOS and 麒麟 install one. Every file is checked (main/fonts/font-file.ts) each time
 * it is read, so a font replaced or removed since is never sent half-valid. Nothing found: the
 * renderer embeds its own open font (Noto Serif SC) and says so in the PDF's properties.
 */
import type { Dirent } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, join } from 'node:path'
import { z } from 'zod'
import type { BodyFace, FontProblem, FontsChooseResult, SystemFaceResult } from '../../preload/contract'
import { jsonFile } from '../state/json-file'
import { inspectFont, MAX_FONT_BYTES } from './font-file'

export const BODY_FONT_FILE = 'body-font.json'

/**
 * File names of a 仿宋, lower-cased, in order of preference. Matched case-insensitively anywhere
 * under the font folders, because each system files them in its own sub-folder.
 */
export const FANGSONG_FILE_NAMES = [
  // Windows: 仿宋 (FangSong), in every Simplified Chinese Windows since XP, in %WINDIR%\Fonts.
  'simfang.ttf',
  // 统信UOS and 银河麒麟 ship the CESI fonts of 中国电子技术标准化研究院 (package fonts-cesi, under
  // /usr/share/fonts/…/cesi/): 仿宋 in its GB18030, GB13000 and GB2312 character sets.
  'cesi_fs_gb18030.ttf',
  'cesi_fs_gb13000.ttf',
  'cesi_fs_gb2312.ttf',
  // 方正 仿宋, bundled with WPS Office for Linux and installed on many government PCs:
  // 方正仿宋_GB18030 (FZFangSong-Z02S), 方正仿宋_GBK (FZFSK), 方正仿宋简体 (FZFSJW).
  'fzfangsong-z02s.ttf',
  'fzfangsong-z02.ttf',
  'fzfsk.ttf',
  'fzfsjw.ttf',
  // 仿宋_GB2312, as the older official-document font is usually distributed.
  '仿宋_gb2312.ttf',
  'fs_gb2312.ttf',
  // 华文仿宋 (STFangsong), installed with Microsoft Office.
  'stfangso.ttf',
  // Adobe 仿宋 Std (CFF outlines), installed with Adobe Acrobat's Chinese fonts.
  'adobefangsongstd-regular.otf',
] as const

/** Any other font file whose name says 仿宋 (方正仿宋_GBK.ttf, FangSong.otf, …), after the above. */
const FANGSONG_PATTERN = /(仿宋|fangsong)[^\\/]*\.(ttf|otf)$/i

/** The folders to search on this system: Windows' font folders, or the freedesktop ones. */
export function systemFontDirs(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string[] {
  if (platform === 'win32') {
    const windir = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows'
    const dirs = [join(windir, 'Fonts')]
    // Fonts installed "for this user only" since Windows 10 1809.
    if (env.LOCALAPPDATA) dirs.push(join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'))
    return dirs
  }
  if (platform === 'darwin') return ['/Library/Fonts', join(home, 'Library', 'Fonts')]
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local', 'share', 'fonts'),
    join(home, '.fonts'),
  ]
}

const MAX_DEPTH = 6
const MAX_ENTRIES = 20_000

/** Candidate files under `dirs`, most preferred first (bounded: a font folder is never huge). */
export async function findFangsongFiles(dirs: readonly string[]): Promise<string[]> {
  const found: Array<{ path: string; rank: number }> = []
  let seen = 0
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries: Dirent[]
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(path, depth + 1)
        continue
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue
      const name = entry.name.toLowerCase()
      const exact = (FANGSONG_FILE_NAMES as readonly string[]).indexOf(name)
      if (exact >= 0) found.push({ path, rank: exact })
      else if (FANGSONG_PATTERN.test(name)) found.push({ path, rank: FANGSONG_FILE_NAMES.length })
    }
  }
  for (const dir of dirs) await walk(dir, 0)
  return found.sort((a, b) => a.rank - b.rank || (a.path < b.path ? -1 : 1)).map((f) => f.path)
}

type Checked = { ok: true; face: Omit<BodyFace, 'source'> } | { ok: false; problem: FontProblem }
type Read = (Checked & { ok: false }) | { ok: true; face: Omit<BodyFace, 'source'>; data?: Uint8Array }

/**
 * What the last full check of a file found, by path, while its size and modification time stay
 * the same: the settings card asks again after every change in the database, and need not read
 * 10–20 MB each time. Bytes that go to the renderer are always read and checked afresh.
 */
const checked = new Map<string, { stamp: string; result: Checked }>()

/** The file at `path` as a body font, checked (its size before reading it); its bytes when `withData`. */
export async function readFontFile(path: string, withData = true): Promise<Read> {
  let size: number
  let stamp: string
  try {
    const stat = await fsp.stat(path)
    if (!stat.isFile()) return { ok: false, problem: 'missing' }
    size = stat.size
    stamp = `${stat.size}:${stat.mtimeMs}`
  } catch {
    return { ok: false, problem: 'missing' }
  }
  if (size > MAX_FONT_BYTES) return { ok: false, problem: 'too-large' }
  const known = checked.get(path)
  if (!withData && known?.stamp === stamp) return known.result
  let bytes: Uint8Array
  try {
    const buffer = await fsp.readFile(path)
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  } catch {
    return { ok: false, problem: 'missing' }
  }
  const inspected = inspectFont(bytes)
  const result: Checked = inspected.ok
    ? { ok: true, face: { ...inspected.facts, fileName: basename(path), size: bytes.byteLength } }
    : inspected
  checked.set(path, { stamp, result })
  return result.ok && withData ? { ...result, data: bytes } : result
}

export interface BodyFontService {
  current(withData: boolean): Promise<SystemFaceResult>
  /** Keeps `path` when it is a usable font, else says why and keeps what was there. */
  choose(path: string): Promise<Exclude<FontsChooseResult, { status: 'cancelled' | 'refused' }>>
  /** Forgets the administrator's file: the search applies again. */
  clear(): Promise<void>
}

export function createBodyFontService(statePath: string, searchDirs: () => string[]): BodyFontService {
  const file = jsonFile(statePath, z.object({ path: z.string().min(1).nullable() }), () => ({ path: null }))
  return {
    async current(withData) {
      const { path: chosen } = await file.read()
      let chosenProblem: SystemFaceResult['chosenProblem'] = null
      if (chosen) {
        const read = await readFontFile(chosen, withData)
        if (read.ok)
          return {
            face: { source: 'chosen', ...read.face },
            ...(read.data ? { data: read.data } : {}),
            chosenProblem,
          }
        chosenProblem = { fileName: basename(chosen), problem: read.problem }
      }
      for (const candidate of await findFangsongFiles(searchDirs())) {
        const read = await readFontFile(candidate, withData)
        if (read.ok)
          return {
            face: { source: 'found', ...read.face },
            ...(read.data ? { data: read.data } : {}),
            chosenProblem,
          }
      }
      return { face: null, chosenProblem }
    },
    async choose(path) {
      const read = await readFontFile(path, false)
      if (!read.ok) return { status: 'invalid', fileName: basename(path), problem: read.problem }
      await file.update(() => ({ next: { path }, result: undefined }))
      return { status: 'chosen', face: { source: 'chosen', ...read.face } }
    },
    async clear() {
      await file.update(() => ({ next: { path: null }, result: undefined }))
    },
  }
}
