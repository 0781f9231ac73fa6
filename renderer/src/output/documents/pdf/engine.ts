/**
 * pdfmake, loaded lazily (it is large and only needed when a PDF is made), with the Chinese fonts
 * written into its virtual file system once per font source. The bundler picks pdfmake's browser
 * build in the renderer and its Node build under Node; both share this API.
 */
import type { FontSource } from './fonts'

/** Noto Serif SC: titles and headings, statistics tables, and body text when the PC has no 仿宋. */
export const FONT_FAMILY = 'NotoSerifSC'
export const NOTO_NAME = 'Noto Serif SC'
export const NOTO_POSTSCRIPT = 'NotoSerifSC-Regular'

/** The pdfmake families a document uses, by role, and what its properties name. */
export interface PdfFaces {
  /** Titles and headings: Noto Serif SC, the 宋体-style face. */
  title: string
  /** Body text, tables, signatures: the PC's 仿宋 when there is one, else Noto Serif SC. */
  body: string
  /** The body font as the document properties name it. */
  bodyFont: { family: string; postscriptName: string; source: 'system' | 'embedded' }
}

export const NOTO_FACES: PdfFaces = {
  title: FONT_FAMILY,
  body: FONT_FAMILY,
  bodyFont: { family: NOTO_NAME, postscriptName: NOTO_POSTSCRIPT, source: 'embedded' },
}

/** The slice of pdfmake 0.3 used here (its published types omit the virtual file system). */
export interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: string, encoding: 'base64'): void }
  addFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void
  setUrlAccessPolicy?(policy: (url: string) => boolean): void
  setLocalAccessPolicy?(policy: (path: string) => boolean): void
  createPdf(definition: object): { getBuffer(): Promise<Uint8Array> }
}

let engine: Promise<PdfMake> | null = null

/** Base64 of the bytes: Node's Buffer where there is one, chunked btoa in the browser. */
function base64(bytes: Uint8Array): string {
  const NodeBuffer = (globalThis as { Buffer?: { from(b: Uint8Array): { toString(e: 'base64'): string } } })
    .Buffer
  if (NodeBuffer) return NodeBuffer.from(bytes).toString('base64')
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
const registered = new Map<string, Promise<PdfFaces>>()
/** Font bytes already in the virtual file system: a source with a body face reuses Noto's copy. */
const written = new WeakMap<Uint8Array, string>()

function writeOnce(pdfmake: PdfMake, name: string, bytes: Uint8Array): string {
  const known = written.get(bytes)
  if (known) return known
  // Written as base64 so pdfmake stores its own Buffer: pdfkit copies any other Uint8Array — 15 MB
  // per font — into a new Buffer for every document it makes.
  pdfmake.virtualfs.writeFileSync(name, base64(bytes), 'base64')
  written.set(bytes, name)
  return name
}

async function loadEngine(): Promise<PdfMake> {
  const mod = (await import('pdfmake')) as unknown as { default?: PdfMake } & PdfMake
  const pdfmake = mod.default ?? mod
  // Documents never fetch anything: no URLs, no local files; fonts and images come as bytes.
  pdfmake.setUrlAccessPolicy?.(() => false)
  pdfmake.setLocalAccessPolicy?.(() => false)
  return pdfmake
}

/** pdfmake with the fonts of `fonts` registered: Noto under FONT_FAMILY, a body face under its own. */
export async function pdfFonts(fonts: FontSource): Promise<{ pdfmake: PdfMake; faces: PdfFaces }> {
  const pdfmake = await (engine ??= loadEngine())
  let ready = registered.get(fonts.id)
  if (!ready) {
    ready = fonts.load().then(({ regular, bold, body }): PdfFaces => {
      const r = writeOnce(pdfmake, `${fonts.id}-regular.ttf`, regular)
      const b = writeOnce(pdfmake, `${fonts.id}-bold.ttf`, bold)
      pdfmake.addFonts({ [FONT_FAMILY]: { normal: r, bold: b, italics: r, bolditalics: b } })
      if (!body) return NOTO_FACES
      const family = `Body:${fonts.id}`
      const f = writeOnce(pdfmake, `${fonts.id}-body.ttf`, body.bytes)
      // 仿宋 has no bold weight and pdfkit cannot embolden a face: bold runs in the body (a table's
      // header row, a bold paragraph) take Noto Serif SC Bold, as a bold 宋体 stands out in print.
      pdfmake.addFonts({ [family]: { normal: f, bold: b, italics: f, bolditalics: b } })
      return {
        title: FONT_FAMILY,
        body: family,
        bodyFont: { family: body.family, postscriptName: body.postscriptName, source: 'system' },
      }
    })
    registered.set(fonts.id, ready)
    ready.catch(() => registered.delete(fonts.id))
  }
  return { pdfmake, faces: await ready }
}

/** pdfmake with the fonts of `fonts` registered, for documents set in Noto (FONT_FAMILY) only. */
export async function pdfEngine(fonts: FontSource): Promise<PdfMake> {
  return (await pdfFonts(fonts)).pdfmake
}
