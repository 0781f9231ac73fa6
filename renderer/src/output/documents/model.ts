/**
 * The intermediate document model: what a template filled with a case's data becomes, before
 * either back-end (DOCX, PDF) lays it out. Plain data with every text already resolved, so both
 * back-ends print exactly the same words — `modelText` is that text, and the tests hold both
 * files to it.
 */
import type { DocumentKind } from '../../domain/documents/template'

export interface ModelImage {
  bytes: Uint8Array
  type: 'png' | 'jpg'
  /** Pixel size, for the aspect ratio. */
  width: number
  height: number
}

export type ModelBlock =
  | { type: 'heading'; text: string }
  | {
      type: 'paragraph'
      text: string
      align: 'left' | 'center' | 'right' | 'justify'
      indent: boolean
      bold: boolean
    }
  | {
      type: 'table'
      /** Column headers, or null for a label/value table. */
      header: string[] | null
      /** Relative column widths. */
      widths: number[]
      rows: string[][]
      /** Columns that hold labels (centred, not wrapped into values). */
      labelColumns: number[]
    }
  | { type: 'signatures'; slots: ModelSlot[]; columns: 1 | 2 }
  | { type: 'seal'; lines: string[]; image: ModelImage | null }

/** One place to sign. Ids: `party:<partyId>`, `agent:<partyId>`, `mediator`, `recorder`, or a named id. */
export interface ModelSlot {
  id: string
  label: string
  signature: ModelImage | null
  /** When it was signed, as printed ('' when not signed yet). */
  signedAt: string
  fingerprint: boolean
  fingerprintImage: ModelImage | null
  /** What precedes the signature line: 签名： for a person, who signs for an organisation or a minor. */
  signLabel: string
  /** A box for the organisation's seal (单位印章), in place of a fingerprint box. */
  sealBox: boolean
}

export interface DocModel {
  kind: DocumentKind
  templateVersion: number
  title: string
  blocks: ModelBlock[]
  /** Required fields that had no value (the document prints a blank line for them). */
  missing: string[]
}

/**
 * Where a document's closing begins: the last paragraph before its signatures, the signatures, the
 * seal and the date after them — what must stand on one page (issue 14 item 4), so no page holds
 * only signatures or only the seal. The index of the first such block; blocks.length when none.
 */
export function closingStart(blocks: readonly ModelBlock[]): number {
  const closing = (b: ModelBlock) => b.type === 'signatures' || b.type === 'seal'
  let i = blocks.length
  // The trailing run of signatures, seals and the short lines (dates) among them.
  while (i > 0) {
    const b = blocks[i - 1] as ModelBlock
    if (closing(b) || (b.type === 'paragraph' && b.text.length <= 40 && blocks.slice(0, i - 1).some(closing)))
      i -= 1
    else break
  }
  if (!blocks.slice(i).some(closing)) return blocks.length
  // with the paragraph just before it (the last words above the signatures)
  const before = blocks[i - 1]
  if (before && (before.type === 'paragraph' || before.type === 'heading')) i -= 1
  return i
}

/** A blank to be filled in by hand, where a value is unknown. */
export const BLANK = '________'
export const SIGN_HERE = '签名：'
export const FINGERPRINT = '指印'
export const SEAL_BOX = '单位印章'
const BLANK_DATE = '日期：____年__月__日'

/** The lines of text a signature slot prints, in reading order: who, the signature line, the fingerprint box, the date. */
export function slotLines(slot: ModelSlot): string[] {
  return [
    slot.label,
    slot.signature ? slot.signLabel : `${slot.signLabel}${BLANK}`,
    ...(slot.fingerprint ? [FINGERPRINT] : []),
    ...(slot.sealBox ? [SEAL_BOX] : []),
    slot.signedAt ? `日期：${slot.signedAt}` : BLANK_DATE,
  ]
}

/** Every text the document carries, one line per paragraph, cell or slot line, in reading order. */
export function modelText(model: DocModel): string {
  const lines: string[] = [model.title]
  for (const block of model.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        lines.push(block.text)
        break
      case 'table':
        if (block.header) lines.push(...block.header)
        for (const row of block.rows) lines.push(...row)
        break
      case 'signatures':
        for (const slot of block.slots) lines.push(...slotLines(slot))
        break
      case 'seal':
        lines.push(...block.lines)
        break
    }
  }
  return lines.join('\n')
}
