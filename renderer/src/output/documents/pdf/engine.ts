/**
 * pdfmake, loaded lazily (it is large and only needed when a PDF is made), with the Chinese font
 * written into its virtual file system once per font source. The bundler picks pdfmake's browser
 * build in the renderer and its Node build under Node; both share this API.
 */
import type { FontSource } from './fonts'

export const FONT_FAMILY = 'NotoSerifSC'

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
const registered = new Map<string, Promise<void>>()

async function loadEngine(): Promise<PdfMake> {
  const mod = (await import('pdfmake')) as unknown as { default?: PdfMake } & PdfMake
  const pdfmake = mod.default ?? mod
  // Documents never fetch anything: no URLs, no local files; fonts and images come as bytes.
  pdfmake.setUrlAccessPolicy?.(() => false)
  pdfmake.setLocalAccessPolicy?.(() => false)
  return pdfmake
}

/** pdfmake with the fonts of `fonts` registered under FONT_FAMILY. */
export async function pdfEngine(fonts: FontSource): Promise<PdfMake> {
  const pdfmake = await (engine ??= loadEngine())
  let ready = registered.get(fonts.id)
  if (!ready) {
    ready = fonts.load().then(({ regular, bold }) => {
      const r = `${fonts.id}-regular.ttf`
      const b = `${fonts.id}-bold.ttf`
      // Written as base64 so pdfmake stores its own Buffer: pdfkit copies any other Uint8Array — 15 MB
      // per font — into a new Buffer for every document it makes.
      pdfmake.virtualfs.writeFileSync(r, base64(regular), 'base64')
      pdfmake.virtualfs.writeFileSync(b, base64(bold), 'base64')
      pdfmake.addFonts({ [FONT_FAMILY]: { normal: r, bold: b, italics: r, bolditalics: b } })
    })
    registered.set(fonts.id, ready)
    ready.catch(() => registered.delete(fonts.id))
  }
  await ready
  return pdfmake
}
