/**
 * The first screen's JavaScript as the build declares it: the entry script of out/renderer/index.html
 * and the chunks it preloads (everything else is loaded with import() on first use). Shared by
 * tests/e2e/cold-start.spec.ts and the cold-start benchmark.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const FIRST_SCREEN_LIMIT_BYTES = 1_000_000

export function firstScreenScripts(outDir = 'out/renderer'): { file: string; bytes: number }[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const files = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\.\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+\.js)"/g),
  ].map((m) => m[1] as string)
  return files.map((file) => ({ file, bytes: statSync(join(outDir, file)).size }))
}
