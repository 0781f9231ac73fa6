/**
 * The PDF body font main reads: the administrator's TTF or a 仿宋 found where Windows, 统信UOS and
 * 麒麟 install one, each file checked (TrueType, Chinese glyphs, at most 40 MB) before its bytes
 * go to the renderer; the `fonts:*` handlers behind an administrator's grant. A second Noto Serif
 * SC weight (a real CJK TrueType font) stands in for simfang.ttf.
 */
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createBodyFontService,
  findFangsongFiles,
  readFontFile,
  systemFontDirs,
} from '../../main/fonts/body-font'
import { inspectFont } from '../../main/fonts/font-file'
import { makeFontHandlers } from '../../main/ipc/handlers/fonts'
import { MAX_FONT_BYTES } from '../../preload/contract'
import { collectionFace, NOTO_CJK_SC_FACE, NOTO_CJK_TTC } from '../support/ttc-face'
import { asWebContents, fakeWebContents, fakeWindow } from './support/fakes'
import { testAdmin } from './support/admin-grant'

const require = createRequire(import.meta.url)
const STAND_IN = require.resolve('@expo-google-fonts/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf')
// pdfmake's own Roboto: a TrueType font without a single Chinese glyph.
const LATIN_ONLY = require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf')
const ctx = { sender: asWebContents(fakeWebContents()) }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'body-font-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

async function place(relative: string, from = STAND_IN): Promise<string> {
  const path = join(dir, relative)
  await mkdir(join(path, '..'), { recursive: true })
  await copyFile(from, path)
  return path
}

describe('font files', () => {
  it('accepts a TrueType font with Chinese glyphs and reads its names', async () => {
    const read = await readFontFile(await place('simfang.ttf'))
    expect(read).toMatchObject({
      ok: true,
      face: { family: 'Noto Serif SC Light', postscriptName: 'NotoSerifSC-Light', fileName: 'simfang.ttf' },
    })
  })

  it('refuses a collection, a non-font, a truncated font, a Latin-only font, a licence against embedding', async () => {
    const bytes = new Uint8Array(await readFile(STAND_IN))
    const tagged = (magic: string) => {
      const copy = bytes.slice(0, 4096)
      copy.set(new TextEncoder().encode(magic), 0)
      return copy
    }
    expect(inspectFont(tagged('ttcf'))).toEqual({ ok: false, problem: 'collection' })
    // CFF outlines announced, but no CFF table.
    expect(inspectFont(tagged('OTTO'))).toEqual({ ok: false, problem: 'not-a-font' })
    expect(inspectFont(new TextEncoder().encode('{"name": "not a font"}'))).toEqual({
      ok: false,
      problem: 'not-a-font',
    })
    expect(inspectFont(bytes.slice(0, 100_000))).toEqual({ ok: false, problem: 'not-a-font' })
    // A licence that forbids embedding (OS/2 fsType 0x0002): the font must not go into a PDF.
    const restricted = bytes.slice()
    const view = new DataView(restricted.buffer)
    const tables = view.getUint16(4)
    for (let i = 0; i < tables; i++) {
      const at = 12 + i * 16
      if (new TextDecoder().decode(restricted.subarray(at, at + 4)) === 'OS/2')
        view.setUint16(view.getUint32(at + 8) + 8, 0x0002)
    }
    expect(inspectFont(restricted)).toEqual({ ok: false, problem: 'no-embedding' })
    expect(inspectFont(new Uint8Array(await readFile(LATIN_ONLY)))).toEqual({
      ok: false,
      problem: 'no-chinese',
    })
  })

  it.skipIf(!existsSync(NOTO_CJK_TTC))(
    'accepts a CFF-outline OpenType font (one face of Noto Serif CJK)',
    () => {
      const otf = collectionFace(new Uint8Array(readFileSync(NOTO_CJK_TTC)), NOTO_CJK_SC_FACE)
      expect(inspectFont(otf)).toEqual({
        ok: true,
        facts: { family: 'Noto Serif CJK SC', postscriptName: 'NotoSerifCJKsc-Regular' },
      })
    },
  )

  it('checks a file again once it changed, and always reads the bytes it sends', async () => {
    const path = await place('simfang.ttf')
    expect(await readFontFile(path, false)).toMatchObject({ ok: true })
    expect(await readFontFile(path, false)).not.toHaveProperty('data')
    expect((await readFontFile(path, true)).ok && (await readFontFile(path, true))).toHaveProperty('data')
    await copyFile(LATIN_ONLY, path)
    expect(await readFontFile(path, false)).toEqual({ ok: false, problem: 'no-chinese' })
  })

  it('refuses a file above 40 MB without reading it, and a missing one', async () => {
    const big = join(dir, 'big.ttf')
    await writeFile(big, '')
    await truncate(big, MAX_FONT_BYTES + 1)
    expect(await readFontFile(big)).toEqual({ ok: false, problem: 'too-large' })
    expect(await readFontFile(join(dir, 'gone.ttf'))).toEqual({ ok: false, problem: 'missing' })
  })
})

describe('where 仿宋 is looked for', () => {
  it("lists Windows' font folders, per machine and per user, and the freedesktop ones", () => {
    expect(
      systemFontDirs(
        'win32',
        { WINDIR: 'D:\\Windows', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
        'C:\\Users\\u',
      ),
    ).toEqual([
      join('D:\\Windows', 'Fonts'),
      join('C:\\Users\\u\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts'),
    ])
    expect(systemFontDirs('linux', {}, '/home/u')).toEqual([
      '/usr/share/fonts',
      '/usr/local/share/fonts',
      '/home/u/.local/share/fonts',
      '/home/u/.fonts',
    ])
  })

  it('finds the known names in any sub-folder, any case, simfang.ttf first, then CESI, 方正, other 仿宋', async () => {
    const other = await place('share/fonts/wps/方正仿宋_GBK.ttf')
    const cesi = await place('share/fonts/truetype/cesi/CESI_FS_GB2312.TTF')
    const windows = await place('Windows/Fonts/SIMFANG.TTF')
    await place('share/fonts/truetype/noto/NotoSerifSC-Light.ttf')
    expect(
      await findFangsongFiles([
        join(dir, 'share', 'fonts'),
        join(dir, 'Windows', 'Fonts'),
        join(dir, 'none'),
      ]),
    ).toEqual([windows, cesi, other])
  })

  it('uses the administrator’s file first, else the first usable one found, with its bytes only when asked', async () => {
    await place('fonts/simfang.ttf', LATIN_ONLY) // named 仿宋 but without Chinese: skipped
    const cesi = await place('fonts/cesi/CESI_FS_GB18030.TTF')
    const fonts = createBodyFontService(join(dir, 'body-font.json'), () => [join(dir, 'fonts')])
    const found = await fonts.current(true)
    expect(found.face).toMatchObject({
      source: 'found',
      fileName: 'CESI_FS_GB18030.TTF',
      family: 'Noto Serif SC Light',
    })
    expect(found.data?.byteLength).toBe((await readFile(cesi)).byteLength)
    expect(found.chosenProblem).toBeNull()
    expect((await fonts.current(false)).data).toBeUndefined()

    const chosen = await place('mine/我的仿宋.ttf')
    expect(await fonts.choose(chosen)).toMatchObject({
      status: 'chosen',
      face: { source: 'chosen', fileName: '我的仿宋.ttf' },
    })
    // Kept across restarts of main.
    const again = createBodyFontService(join(dir, 'body-font.json'), () => [join(dir, 'fonts')])
    expect((await again.current(false)).face).toMatchObject({ source: 'chosen', fileName: '我的仿宋.ttf' })

    await rm(chosen)
    const fallback = await again.current(false)
    expect(fallback.face).toMatchObject({ source: 'found', fileName: 'CESI_FS_GB18030.TTF' })
    expect(fallback.chosenProblem).toEqual({ fileName: '我的仿宋.ttf', problem: 'missing' })

    await again.clear()
    expect((await again.current(false)).chosenProblem).toBeNull()
  })

  it('keeps the current choice when the new file is no usable font, and says none when nothing is found', async () => {
    const fonts = createBodyFontService(join(dir, 'body-font.json'), () => [join(dir, 'empty')])
    expect(await fonts.current(true)).toEqual({ face: null, chosenProblem: null })
    const latin = await place('Roboto.ttf', LATIN_ONLY)
    expect(await fonts.choose(latin)).toEqual({
      status: 'invalid',
      fileName: 'Roboto.ttf',
      problem: 'no-chinese',
    })
    expect(await fonts.current(false)).toEqual({ face: null, chosenProblem: null })
  })
})

describe('fonts:* handlers', () => {
  async function setUp(filePaths: string[]) {
    const admin = await testAdmin(dir)
    const fonts = createBodyFontService(join(dir, 'body-font.json'), () => [join(dir, 'none')])
    const window = fakeWindow()
    const dialog = {
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: filePaths.length === 0, filePaths })),
    }
    const handlers = makeFontHandlers({ fonts, adminKeys: admin.keys, dialog, getWindow: () => window })
    return { admin, handlers, dialog, window }
  }

  it('refuses to choose or clear without an administrator’s grant for fonts, before any dialog', async () => {
    const { admin, handlers, dialog } = await setUp([await place('simfang.ttf')])
    expect(await handlers.fontsChoose({ grant: await admin.forged('fonts') }, ctx)).toEqual({
      status: 'refused',
    })
    expect(await handlers.fontsChoose({ grant: await admin.grant('backup') }, ctx)).toEqual({
      status: 'refused',
    })
    expect(await handlers.fontsClear({ grant: await admin.forged('fonts') }, ctx)).toEqual({
      status: 'refused',
    })
    expect(dialog.showOpenDialog).not.toHaveBeenCalled()
  })

  it('chooses through a TrueType open dialog parented to the window, and answers with the face', async () => {
    const { admin, handlers, dialog, window } = await setUp([await place('simfang.ttf')])
    expect(await handlers.fontsChoose({ grant: await admin.grant('fonts') }, ctx)).toMatchObject({
      status: 'chosen',
      face: { fileName: 'simfang.ttf' },
    })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile'],
      filters: [{ name: 'TrueType / OpenType', extensions: ['ttf', 'otf'] }],
    })
    const face = await handlers.fontsSystemFace({ withData: true }, ctx)
    expect(face.face?.source).toBe('chosen')
    expect(face.data).toBeInstanceOf(Uint8Array)
    expect(await handlers.fontsClear({ grant: await admin.grant('fonts') }, ctx)).toEqual({
      status: 'cleared',
    })
    expect((await handlers.fontsSystemFace({ withData: false }, ctx)).face).toBeNull()
  })

  it('answers cancelled when the dialog is closed', async () => {
    const { admin, handlers } = await setUp([])
    expect(await handlers.fontsChoose({ grant: await admin.grant('fonts') }, ctx)).toEqual({
      status: 'cancelled',
    })
  })
})
