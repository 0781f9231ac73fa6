/**
 * Where printed PDFs wait for the print dialog: userData/print-tmp, one private folder per job,
 * removed after printing — and the whole folder emptied at every start, so a file left by a crash
 * or a power cut mid-print does not stay on the disk.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const PRINT_TEMP_DIR = 'print-tmp'

export interface TempPdfFile {
  path: string
  remove(): Promise<void>
}

export async function writePrintTemp(userData: string, data: Uint8Array): Promise<TempPdfFile> {
  const root = join(userData, PRINT_TEMP_DIR)
  await mkdir(root, { recursive: true, mode: 0o700 })
  const dir = await mkdtemp(join(root, 'job-'))
  const path = join(dir, 'document.pdf')
  await writeFile(path, data, { mode: 0o600 })
  return { path, remove: () => rm(dir, { recursive: true, force: true }) }
}

/** Removes every print file left from earlier runs. */
export async function clearPrintTemp(userData: string): Promise<void> {
  await rm(join(userData, PRINT_TEMP_DIR), { recursive: true, force: true })
}
