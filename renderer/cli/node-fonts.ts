/**
 * The document engine's Chinese font under Node (tests, scripts, benchmarks): the same Noto Serif SC
 * TTFs the renderer build ships, read from node_modules.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { FontSource } from '../src/output/documents'

const require = createRequire(import.meta.url)
const file = (weight: string, name: string) =>
  require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/${name}`)

let loaded: ReturnType<FontSource['load']> | null = null

export function nodeFontSource(): FontSource {
  return {
    id: 'noto-serif-sc:node',
    load() {
      loaded ??= Promise.all([
        readFile(file('400Regular', 'NotoSerifSC_400Regular.ttf')),
        readFile(file('700Bold', 'NotoSerifSC_700Bold.ttf')),
      ]).then(([regular, bold]) => ({ regular: new Uint8Array(regular), bold: new Uint8Array(bold) }))
      return loaded
    },
  }
}
