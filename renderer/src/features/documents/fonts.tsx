/**
 * The font source PDFs are made with: Noto Serif SC from the renderer build's static font files,
 * plus, where the platform can read one (Electron: main reads it), the PC's own 仿宋 for body
 * text. Tests provide the Node one. One source per platform and body-font revision, so the 15 MB
 * fonts are fetched once and a changed body font is read again after `bodyFontChanged()`.
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { browserFontSource, withBodyFace, type FontSource } from '../../output/documents'
import type { Platform } from '../../platform'
import { useServices } from '../shared/services'

const notoFonts = browserFontSource()
const FontsContext = createContext<FontSource | null>(null)

let revision = 0
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
const sources = new WeakMap<Platform, { revision: number; source: FontSource }>()

/** Noto Serif SC with the platform's 仿宋 for body text when it has one. */
export function documentFontSource(
  platform: Platform,
  at = revision,
  base: FontSource = notoFonts,
): FontSource {
  if (!platform.fonts.available) return base
  const known = sources.get(platform)
  if (known?.revision === at) return known.source
  const source = withBodyFace(base, `system-body#${at}`, async () => {
    const { face, data } = await platform.fonts.systemFace(true)
    return face && data ? { bytes: data, family: face.family, postscriptName: face.postscriptName } : null
  })
  sources.set(platform, { revision: at, source })
  return source
}

/** The administrator chose or cleared the body font: the next PDF reads it afresh. */
export function bodyFontChanged(): void {
  revision++
  for (const listener of listeners) listener()
}

export function DocumentFontsProvider({ fonts, children }: { fonts: FontSource; children: ReactNode }) {
  return <FontsContext.Provider value={fonts}>{children}</FontsContext.Provider>
}

export function useDocumentFonts(): FontSource {
  const provided = useContext(FontsContext)
  const { platform } = useServices()
  const current = useSyncExternalStore(subscribe, () => revision)
  return useMemo(() => provided ?? documentFontSource(platform, current), [provided, platform, current])
}
