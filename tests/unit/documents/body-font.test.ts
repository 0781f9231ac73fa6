/**
 * The PDF's body font follows the template's roles: with a 仿宋 from the PC (here a second Noto
 * Serif SC weight, Light, a real CJK TrueType font standing in for simfang.ttf) body text, tables
 * and signatures are set in it and titles and headings stay in Noto Serif SC; both are embedded as
 * subsets and the document properties name the body font. Without one — or when reading it fails —
 * everything is Noto Serif SC, and the properties say so.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { nodeFontSource } from '../../../renderer/cli/node-fonts'
import {
  assembleDocumentData,
  buildDocument,
  builtInTemplate,
  modelText,
  renderPdf,
  withBodyFace,
} from '../../../renderer/src/output/documents'
import { documentFontSource } from '../../../renderer/src/features/documents/fonts'
import { noSystemFonts } from '../../../renderer/src/platform/browser-platform'
import type { Platform } from '../../../renderer/src/platform'
import { detailFor } from '../../builders/documents'
import { collectionFace, NOTO_CJK_SC_FACE, NOTO_CJK_TTC } from '../../support/ttc-face'
import { pdfBody, pdfFonts, pdfInfo, pdfText, squash } from '../../support/pdf-inspect'

const require = createRequire(import.meta.url)
const STAND_IN = require.resolve('@expo-google-fonts/noto-serif-sc/300Light/NotoSerifSC_300Light.ttf')

const template = builtInTemplate('agreement')
const model = buildDocument(template, assembleDocumentData(detailFor(template)))

const systemFangsong = withBodyFace(nodeFontSource(), 'test-fangsong', async () => ({
  bytes: new Uint8Array(await readFile(STAND_IN)),
  family: 'Noto Serif SC Light',
  postscriptName: 'NotoSerifSC-Light',
}))

describe('PDF body font', { timeout: 60_000 }, () => {
  it('sets body text in the system face and titles in Noto Serif SC, both embedded as subsets', async () => {
    const pdf = await renderPdf(model, systemFangsong)
    const fonts = await pdfFonts(pdf)
    const named = (ps: string) => fonts.filter((f) => f.name.replace(/^[A-Z]{6}\+/, '') === ps)
    expect(named('NotoSerifSC-Light').length).toBeGreaterThan(0)
    expect(named('NotoSerifSC-Bold').length).toBeGreaterThan(0)
    // Noto's regular weight is not used at all: every regular run is body text.
    expect(named('NotoSerifSC-Regular')).toEqual([])
    for (const f of fonts) {
      expect(f).toMatchObject({ embedded: true, subset: true })
      expect(f.name).toMatch(/^[A-Z]{6}\+/)
    }
    const text = pdfBody(await pdfText(pdf))
    for (const line of modelText(model).split('\n')) expect(text).toContain(squash(line))

    const info = await pdfInfo(pdf)
    expect(info.BodyFont).toBe('NotoSerifSC-Light')
    expect(info.TitleFont).toBe('Noto Serif SC')
    expect(info.Keywords).toContain("body font: Noto Serif SC Light (NotoSerifSC-Light, this PC's own font)")
  })

  it.skipIf(!existsSync(NOTO_CJK_TTC))(
    'embeds a CFF-outline OpenType body face as a subset too',
    async () => {
      const otf = collectionFace(new Uint8Array(await readFile(NOTO_CJK_TTC)), NOTO_CJK_SC_FACE)
      const source = withBodyFace(nodeFontSource(), 'test-otf', () =>
        Promise.resolve({
          bytes: otf,
          family: 'Noto Serif CJK SC',
          postscriptName: 'NotoSerifCJKsc-Regular',
        }),
      )
      const pdf = await renderPdf(model, source)
      const body = (await pdfFonts(pdf)).find((f) => f.name.endsWith('+NotoSerifCJKsc-Regular'))
      expect(body).toMatchObject({ type: 'CID Type 0C', embedded: true, subset: true })
      const text = pdfBody(await pdfText(pdf))
      for (const line of modelText(model).split('\n')) expect(text).toContain(squash(line))
    },
  )

  it('without a system 仿宋 sets everything in Noto Serif SC and names it in the properties', async () => {
    const pdf = await renderPdf(model, nodeFontSource())
    const names = (await pdfFonts(pdf)).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))
    expect(new Set(names)).toEqual(new Set(['NotoSerifSC-Regular', 'NotoSerifSC-Bold']))
    const info = await pdfInfo(pdf)
    expect(info.BodyFont).toBe('NotoSerifSC-Regular')
    expect(info.Keywords).toContain(
      'body font: Noto Serif SC (NotoSerifSC-Regular, embedded open font: no 仿宋 on this PC)',
    )
  })

  it('falls back to Noto Serif SC when the system face cannot be read', async () => {
    const broken = withBodyFace(nodeFontSource(), 'test-broken', () => Promise.reject(new Error('ipc: gone')))
    const pdf = await renderPdf(model, broken)
    expect((await pdfInfo(pdf)).BodyFont).toBe('NotoSerifSC-Regular')
  })

  it("in the app, the platform's face (main's bytes) becomes the body font; the browser build has none", async () => {
    const bytes = new Uint8Array(await readFile(STAND_IN))
    // Only `fonts` is read; the rest of a platform needs a page (localStorage).
    const platform = {
      fonts: {
        available: true,
        systemFace: (withData) =>
          Promise.resolve({
            face: {
              source: 'found',
              family: 'Noto Serif SC Light',
              postscriptName: 'NotoSerifSC-Light',
              fileName: 'simfang.ttf',
              size: bytes.byteLength,
            },
            ...(withData ? { data: bytes } : {}),
            chosenProblem: null,
          }),
        choose: () => Promise.resolve({ status: 'cancelled' }),
        clear: () => Promise.resolve({ status: 'cleared' }),
      },
    } satisfies Pick<Platform, 'fonts'> as unknown as Platform
    const pdf = await renderPdf(model, documentFontSource(platform, 0, nodeFontSource()))
    expect((await pdfInfo(pdf)).BodyFont).toBe('NotoSerifSC-Light')
    const browser = nodeFontSource()
    expect(documentFontSource({ fonts: noSystemFonts } as unknown as Platform, 0, browser)).toBe(browser)
  })
})
