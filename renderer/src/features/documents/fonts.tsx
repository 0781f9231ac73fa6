/**
 * The font source PDFs are made with: the renderer build's static font files by default; tests
 * provide the Node one. One instance per app, so the 15 MB fonts are fetched once.
 */
import { createContext, useContext, type ReactNode } from 'react'
import { browserFontSource, type FontSource } from '../../output/documents'

const defaultFonts = browserFontSource()
const FontsContext = createContext<FontSource>(defaultFonts)

export function DocumentFontsProvider({ fonts, children }: { fonts: FontSource; children: ReactNode }) {
  return <FontsContext.Provider value={fonts}>{children}</FontsContext.Provider>
}

export function useDocumentFonts(): FontSource {
  return useContext(FontsContext)
}
