/**
 * Checks that bytes are one font the PDF engine can embed as a subset, and reads its names.
 * pdfkit (through fontkit) subsets TrueType outlines (simfang.ttf, the CESI and 方正 仿宋 of
 * 统信UOS / 麒麟) and CFF outlines ('OTTO', e.g. Adobe 仿宋 Std; tested with a Noto Serif CJK face).
 * A collection (.ttc) it opens only when told which face to take, which is not built: refused. A
 * font without Chinese glyphs is refused too (the PDF would print empty boxes), and so is one
 * whose licence forbids embedding it (OS/2 fsType "restricted licence").
 */
import { MAX_FONT_BYTES, type FontProblem } from '../../preload/contract'

export { MAX_FONT_BYTES }

export interface FontFacts {
  /** The family name in Chinese when the font has one (仿宋), else in English (FangSong). */
  family: string
  /** The PostScript name, as PDF readers list the embedded font (FangSong, CESI_FS_GB2312…). */
  postscriptName: string
}

/** Characters every document prints; a font mapping none of them has no Chinese. */
const PROBE = ['调', '解', '协', '议', '书'].map((c) => c.codePointAt(0) ?? 0)
const REQUIRED = ['cmap', 'head', 'name', 'hhea', 'hmtx', 'maxp']
const OUTLINES = { trueType: ['glyf', 'loca'], cff: ['CFF '] }

interface Table {
  offset: number
  length: number
}

function tablesOf(view: DataView): Map<string, Table> | null {
  if (view.byteLength < 12) return null
  const count = view.getUint16(4)
  if (count === 0 || 12 + count * 16 > view.byteLength) return null
  const tables = new Map<string, Table>()
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    )
    const offset = view.getUint32(at + 8)
    const length = view.getUint32(at + 12)
    if (offset + length > view.byteLength) return null
    tables.set(tag, { offset, length })
  }
  return tables
}

/** Whether the cmap table maps `code` (format 4 for the BMP, format 12 beyond). */
function maps(view: DataView, cmap: Table, code: number): boolean {
  const base = cmap.offset
  const count = view.getUint16(base + 2)
  for (let i = 0; i < count; i++) {
    const at = base + 4 + i * 8
    if (at + 8 > base + cmap.length) return false
    const platform = view.getUint16(at)
    const encoding = view.getUint16(at + 2)
    if (platform !== 3 && platform !== 0) continue
    if (platform === 3 && encoding !== 1 && encoding !== 10) continue
    const sub = base + view.getUint32(at + 4)
    if (sub + 4 > view.byteLength) continue
    const format = view.getUint16(sub)
    if (format === 4 && code <= 0xffff) {
      const segments = view.getUint16(sub + 6) / 2
      const ends = sub + 14
      const starts = ends + segments * 2 + 2
      if (starts + segments * 2 > view.byteLength) continue
      for (let s = 0; s < segments; s++) {
        if (view.getUint16(ends + s * 2) >= code) {
          if (view.getUint16(starts + s * 2) <= code) return true
          break
        }
      }
    } else if (format === 12) {
      const groups = view.getUint32(sub + 12)
      if (sub + 16 + groups * 12 > view.byteLength) continue
      for (let g = 0; g < groups; g++) {
        const at12 = sub + 16 + g * 12
        if (view.getUint32(at12) <= code && code <= view.getUint32(at12 + 4)) return true
      }
    }
  }
  return false
}

/** The names of the `name` table: Windows platform, UTF-16BE. */
function namesOf(view: DataView, name: Table): Array<{ id: number; lang: number; text: string }> {
  const base = name.offset
  const count = view.getUint16(base + 2)
  const strings = base + view.getUint16(base + 4)
  const out: Array<{ id: number; lang: number; text: string }> = []
  for (let i = 0; i < count; i++) {
    const at = base + 6 + i * 12
    if (at + 12 > base + name.length) break
    if (view.getUint16(at) !== 3) continue
    const lang = view.getUint16(at + 4)
    const id = view.getUint16(at + 6)
    const length = view.getUint16(at + 8)
    const offset = strings + view.getUint16(at + 10)
    if (offset + length > view.byteLength) continue
    let text = ''
    for (let c = 0; c + 1 < length; c += 2) text += String.fromCharCode(view.getUint16(offset + c))
    out.push({ id, lang, text })
  }
  return out
}

/** What is wrong with `bytes` as a body font, or the font's names. */
export function inspectFont(
  bytes: Uint8Array,
): { ok: true; facts: FontFacts } | { ok: false; problem: Exclude<FontProblem, 'missing'> } {
  if (bytes.byteLength > MAX_FONT_BYTES) return { ok: false, problem: 'too-large' }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.byteLength < 12) return { ok: false, problem: 'not-a-font' }
  const magic = view.getUint32(0)
  if (magic === 0x74746366) return { ok: false, problem: 'collection' } // 'ttcf'
  const cff = magic === 0x4f54544f // 'OTTO'
  if (!cff && magic !== 0x00010000 && magic !== 0x74727565) return { ok: false, problem: 'not-a-font' } // 1.0, 'true'
  try {
    const tables = tablesOf(view)
    const required = [...REQUIRED, ...(cff ? OUTLINES.cff : OUTLINES.trueType)]
    if (!tables || required.some((t) => !tables.has(t))) return { ok: false, problem: 'not-a-font' }
    const cmap = tables.get('cmap') as Table
    if (!PROBE.every((code) => maps(view, cmap, code))) return { ok: false, problem: 'no-chinese' }
    const os2 = tables.get('OS/2')
    // fsType: the low four bits 0x0002 alone mean the font must not be embedded in a document.
    if (os2 && os2.length >= 10 && (view.getUint16(os2.offset + 8) & 0x000f) === 0x0002)
      return { ok: false, problem: 'no-embedding' }
    const names = namesOf(view, tables.get('name') as Table)
    const pick = (id: number) =>
      names.find((n) => n.id === id && n.lang === 0x0804)?.text ??
      names.find((n) => n.id === id && n.lang === 0x0409)?.text ??
      names.find((n) => n.id === id)?.text ??
      ''
    const postscriptName = names.find((n) => n.id === 6)?.text ?? ''
    const family = pick(1) || postscriptName
    if (!family) return { ok: false, problem: 'not-a-font' }
    return { ok: true, facts: { family, postscriptName: postscriptName || family } }
  } catch {
    // A DataView read past the end: a truncated or crafted file.
    return { ok: false, problem: 'not-a-font' }
  }
}
