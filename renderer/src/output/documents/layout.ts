/**
 * The official layout both back-ends follow: A4, margins of 2.5 cm, the title in 宋体 bold at
 * 二号 (22 pt), section headings at 三号 (16 pt), running text in 仿宋 at 四号 (14 pt) with a
 * two-character first-line indent, tables and signatures at 小四 (12 pt). In points.
 */
export const PAGE = { width: 595.28, height: 841.89 } as const
export const MARGIN = 70.87 // 2.5 cm
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN

/**
 * Which face each role prints in, as the official layout asks: 宋体 for titles and headings,
 * 仿宋 for everything else. The DOCX names these fonts; the PDF embeds Noto Serif SC for 宋体 and
 * the PC's own 仿宋 when there is one (else Noto Serif SC again).
 */
export const FONT_ROLE = { title: '宋体', heading: '宋体', body: '仿宋' } as const
export type EastAsianFont = (typeof FONT_ROLE)[keyof typeof FONT_ROLE]

export const SIZE = {
  title: 22,
  heading: 16,
  body: 14,
  table: 12,
  footer: 10.5,
} as const

/** 首行缩进两字 at body size. */
export const INDENT = 2 * SIZE.body

/** An official seal is 4.2 cm across. */
export const SEAL_SIZE = 119
/** The seal sits a little above the name and date, which fall just below its centre (GB/T 9704 印章居中下压). */
export const SEAL_LIFT = 8
/** Room above the name and date, so the stamped seal stays clear of the signatures. */
export const SEAL_SPACE = 44

export const SIGNATURE_BOX = { width: 120, height: 44 } as const
export const FINGERPRINT_BOX = 46

/** "第 1 页 共 2 页" — printed in the footer of every page but a cover. */
export const pageLabel = (page: number, pages: number) => `第 ${page} 页 共 ${pages} 页`
