/**
 * Looking into generated files with real tools: poppler's pdftotext / pdffonts / pdfimages for PDFs,
 * the DOCX's word/document.xml (unzipped with fflate) for Word files.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'

const run = promisify(execFile)

async function withFile<T>(bytes: Uint8Array, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'doc-inspect-'))
  const path = join(dir, 'file.pdf')
  try {
    await writeFile(path, bytes)
    return await use(path)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** In content-stream order (-raw), so the lines of one table cell stay together. */
export const pdfText = (pdf: Uint8Array) =>
  withFile(pdf, async (path) => (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'])).stdout)

export interface PdfFont {
  name: string
  type: string
  embedded: boolean
  subset: boolean
}

/** The fonts `pdffonts` lists: name, type, emb, sub. */
export const pdfFonts = (pdf: Uint8Array) =>
  withFile(pdf, async (path): Promise<PdfFont[]> => {
    const { stdout } = await run('pdffonts', [path])
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((line) => {
        const cols = line.trim().split(/\s+/)
        // name, type words…, encoding, emb, sub, uni, object, id
        const [emb, sub] = cols.slice(-5, -3)
        return {
          name: cols[0] ?? '',
          type: cols.slice(1, -6).join(' '),
          embedded: emb === 'yes',
          subset: sub === 'yes',
        }
      })
  })

/** Image count from `pdfimages -list` (soft masks not counted). */
export const pdfImageCount = (pdf: Uint8Array) =>
  withFile(pdf, async (path) => {
    const { stdout } = await run('pdfimages', ['-list', path])
    return stdout
      .split('\n')
      .slice(2)
      .filter((l) => l.trim().split(/\s+/)[2] === 'image').length
  })

export function docxXml(docx: Uint8Array, part = 'word/document.xml'): string {
  const file = unzipSync(docx)[part]
  if (!file) throw new Error(`docx: no ${part}`)
  return strFromU8(file)
}

export function docxParts(docx: Uint8Array): string[] {
  return Object.keys(unzipSync(docx))
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The text of document.xml: the contents of every <w:t>, in order, entities decoded. */
export function docxText(docx: Uint8Array): string {
  const xml = docxXml(docx)
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? ''))
    .join('')
}

/** Without any whitespace: line breaks and spacing differ between layouts, the characters do not. */
export const squash = (s: string) => s.replace(/\s+/g, '')

/** PDF text without the page footers ("第 1 页 共 2 页"), squashed. */
export const pdfBody = (text: string) => squash(text).replace(/第\d+页共\d+页/g, '')

/** The text of each page, page by page through `pdftotext -f N -l N` (-raw, UTF-8). */
export const pdfPages = (pdf: Uint8Array) =>
  withFile(pdf, async (path) => {
    const all = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'])).stdout
    const count = all.split('\f').filter((p, i, a) => i < a.length - 1 || p.trim() !== '').length
    const pages: string[] = []
    for (let n = 1; n <= count; n++) {
      const args = ['-raw', '-enc', 'UTF-8', '-f', String(n), '-l', String(n), path, '-']
      pages.push((await run('pdftotext', args)).stdout)
    }
    return pages
  })

/** The document properties `pdfinfo -custom` prints, standard and custom, by key. */
export const pdfInfo = (pdf: Uint8Array) =>
  withFile(pdf, async (path): Promise<Record<string, string>> => {
    const { stdout } = await run('pdfinfo', ['-custom', '-enc', 'UTF-8', path])
    const info: Record<string, string> = {}
    for (const line of stdout.split('\n')) {
      const at = line.indexOf(':')
      if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim()
    }
    return info
  })
