/**
 * Where the PDF back-end gets its Chinese fonts, embedded in every PDF as a subset of the characters
 * used: Noto Serif SC (SIL OFL 1.1, a 宋体-style face), regular and bold, always — titles and
 * headings, and everything when there is nothing else; and, when the PC has one, its own 仿宋 for
 * body text (`withBodyFace`), as the DOCX names it. The environment decides how the bytes are read
 * — the renderer fetches the TTFs the build copied as static assets (`browserFontSource`) and asks
 * the main process for the 仿宋, Node reads them from files (renderer/cli/node-fonts.ts) — behind
 * one small interface, so the same `renderPdf` runs in both.
 */

/** A TrueType 仿宋 for body text, with the names the PDF's properties give. */
export interface BodyFaceBytes {
  bytes: Uint8Array
  /** Family name as the font gives it (仿宋). */
  family: string
  /** PostScript name, as PDF readers list the embedded font (FangSong). */
  postscriptName: string
}

export interface FontBytes {
  regular: Uint8Array
  bold: Uint8Array
  /** The PC's 仿宋 for body text; without it body text is Noto Serif SC too. */
  body?: BodyFaceBytes | null
}

export interface FontSource {
  /** Fonts are registered with the PDF engine once per id. */
  readonly id: string
  load(): Promise<FontBytes>
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`documents: font not found (${response.status})`)
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * The fonts as static assets of the renderer build. The `?url` imports are dynamic so that merely
 * importing this module outside Vite (tsx scripts) does not fail; Vite copies each TTF into the
 * build and the URL stays on the app's own origin (CSP connect-src 'self').
 */
export function browserFontSource(): FontSource {
  let loaded: Promise<FontBytes> | null = null
  return {
    id: 'noto-serif-sc:browser',
    load() {
      loaded ??= (async () => {
        const [regular, bold] = await Promise.all([
          import('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url'),
          import('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf?url'),
        ])
        const [r, b] = await Promise.all([fetchBytes(regular.default), fetchBytes(bold.default)])
        return { regular: r, bold: b }
      })()
      // A failed load (e.g. while offline assets are missing) may be retried.
      loaded.catch(() => {
        loaded = null
      })
      return loaded
    },
  }
}

/**
 * `base` (Noto Serif SC) with a body face read by `loadBody` — null when there is none. A body
 * face that cannot be read is treated as none: the PDF is still made, with Noto, and says so.
 * `id` must change whenever the body face may have changed (fonts are registered once per id).
 */
export function withBodyFace(
  base: FontSource,
  id: string,
  loadBody: () => Promise<BodyFaceBytes | null>,
): FontSource {
  let loaded: Promise<FontBytes> | null = null
  return {
    id: `${base.id}+${id}`,
    load() {
      loaded ??= (async () => {
        const [noto, body] = await Promise.all([base.load(), loadBody().catch(() => null)])
        return { regular: noto.regular, bold: noto.bold, body }
      })()
      loaded.catch(() => {
        loaded = null
      })
      return loaded
    },
  }
}
