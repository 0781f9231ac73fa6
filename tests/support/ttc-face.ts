/**
 * One face of a font collection (.ttc) as a standalone font file, for tests that need a CFF-outline
 * OpenType CJK font ('OTTO'): fonts-noto-cjk (installed in CI with LibreOffice) ships Noto Serif
 * CJK only as collections. Tests using it are skipped where the package is missing.
 */
export const NOTO_CJK_TTC = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc'
/** The Simplified Chinese face of that collection (faces: JP, KR, SC, TC, HK). */
export const NOTO_CJK_SC_FACE = 2
export function collectionFace(ttc: Uint8Array, index = 0): Uint8Array {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength)
  if (view.getUint32(0) !== 0x74746366) throw new Error('not a font collection')
  const face = view.getUint32(12 + index * 4)
  const count = view.getUint16(face + 4)
  const records = Array.from({ length: count }, (_, i) => {
    const at = face + 12 + i * 16
    return {
      header: ttc.subarray(at, at + 8), // tag and checksum
      offset: view.getUint32(at + 8),
      length: view.getUint32(at + 12),
    }
  })
  const headerSize = 12 + count * 16
  const size = records.reduce((sum, r) => sum + ((r.length + 3) & ~3), headerSize)
  const out = new Uint8Array(size)
  const outView = new DataView(out.buffer)
  out.set(ttc.subarray(face, face + 12), 0) // sfnt version, numTables, search fields
  let next = headerSize
  records.forEach((r, i) => {
    const at = 12 + i * 16
    out.set(r.header, at)
    outView.setUint32(at + 8, next)
    outView.setUint32(at + 12, r.length)
    out.set(ttc.subarray(r.offset, r.offset + r.length), next)
    next += (r.length + 3) & ~3
  })
  return out
}
