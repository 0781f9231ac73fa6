/** Print files live in userData/print-tmp, each job in its own folder, and are cleared at start-up. */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { clearPrintTemp, writePrintTemp } from '../../main/print-temp'

let userData: string
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'print-temp-'))
})
afterEach(() => rm(userData, { recursive: true, force: true }))

it('writes each job privately under userData and removes it after printing', async () => {
  const file = await writePrintTemp(userData, new TextEncoder().encode('%PDF-1.7 x'))
  expect(file.path.startsWith(join(userData, 'print-tmp'))).toBe(true)
  expect(await readFile(file.path, 'utf8')).toBe('%PDF-1.7 x')
  if (process.platform !== 'win32') expect((await stat(file.path)).mode & 0o777).toBe(0o600)
  await file.remove()
  expect(existsSync(file.path)).toBe(false)
})

it('clears every file a crash left behind', async () => {
  const a = await writePrintTemp(userData, new TextEncoder().encode('%PDF-1.7 a'))
  const b = await writePrintTemp(userData, new TextEncoder().encode('%PDF-1.7 b'))
  await clearPrintTemp(userData)
  expect(existsSync(a.path) || existsSync(b.path)).toBe(false)
  await clearPrintTemp(userData)
})
