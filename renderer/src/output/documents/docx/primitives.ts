/** The docx building blocks every part of a document uses: units, fonts, runs, images, borders, cells. */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  LineRuleType,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx'
import { CONTENT_WIDTH, FONT_ROLE, SIZE, type EastAsianFont } from '../layout'
import { type ModelImage } from '../model'

export const twips = (pt: number) => Math.round(pt * 20)
export const pixels = (pt: number) => Math.round((pt * 96) / 72)
export const emu = (pt: number) => Math.round(pt * 12700)
export const halfPoints = (pt: number) => Math.round(pt * 2)

export const LATIN = 'Times New Roman'
export const font = (eastAsia: EastAsianFont) => ({ ascii: LATIN, hAnsi: LATIN, eastAsia, cs: LATIN })

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

export function run(text: string, size: number, options: Partial<IRunOptions> & { song?: boolean } = {}) {
  const { song, ...rest } = options
  return new TextRun({
    text,
    size: halfPoints(size),
    font: font(song ? FONT_ROLE.title : FONT_ROLE.body),
    language: { eastAsia: 'zh-CN' },
    ...rest,
  })
}

/** Multi-line values (a statement with line breaks) stay one paragraph with breaks. */
export function runs(text: string, size: number, options: Partial<IRunOptions> & { song?: boolean } = {}) {
  return text.split('\n').map((line, i) => run(line, size, i > 0 ? { ...options, break: 1 } : options))
}

export function imageRun(image: ModelImage, width: number, height: number, name: string) {
  return new ImageRun({
    type: image.type,
    data: image.bytes,
    transformation: { width: pixels(width), height: pixels(height) },
    altText: { name, description: name, title: name },
  })
}

interface Border {
  style: (typeof BorderStyle)[keyof typeof BorderStyle]
  size: number
  color: string
}
export const thin: Border = { style: BorderStyle.SINGLE, size: 6, color: '000000' }
export const none: Border = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
export const allBorders = (b: Border) => ({
  top: b,
  bottom: b,
  left: b,
  right: b,
  insideHorizontal: b,
  insideVertical: b,
})

export function columnTwips(relative: number[], total = CONTENT_WIDTH): number[] {
  const sum = relative.reduce((a, b) => a + b, 0)
  return relative.map((w) => twips((total * w) / sum))
}

export function cellParagraph(text: string, align: 'left' | 'center', bold = false): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { line: twips(SIZE.table * 1.5), lineRule: LineRuleType.AUTO, before: 40, after: 40 },
    children: runs(text, SIZE.table, { bold }),
  })
}
