/**
 * Where the PDF back-end gets its Chinese font: Noto Serif SC (SIL OFL 1.1), regular and bold,
 * embedded in every PDF as a subset of the characters used. The environment decides how the bytes
 * are read — the renderer fetches the TTFs the build copied as static assets (`browserFontSource`),
 * Node reads them from node_modules (tests/tools/node-fonts.ts) — behind one small interface, so
 * the same `renderPdf` runs in both.
 */

export interface FontBytes {
  regular: Uint8Array
  bold: Uint8Array
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
