/**
 * IPC schemas of the PDF body font: the PC's own 仿宋, read by main from the file the administrator
 * chose or from the places Windows, 统信UOS and 麒麟 install it (main/fonts/). The renderer never
 * sends a path: choosing goes through main's open dialog, behind an administrator's grant.
 */
import { z } from 'zod'
import { adminGrant } from './security'

/** Larger than any 仿宋 (simfang.ttf is about 10 MB, a GB18030 仿宋 about 20 MB). */
export const MAX_FONT_BYTES = 40 * 1024 * 1024

/**
 * Why a font file cannot be the body font: too large, a collection (.ttc), not a font at all, no Chinese glyphs, a licence that forbids embedding, or (a chosen file) gone
 * or unreadable.
 */
export type FontProblem =
  'too-large' | 'collection' | 'not-a-font' | 'no-chinese' | 'no-embedding' | 'missing'

/** A usable 仿宋 as main found it; `source` says whether the administrator chose it. */
export interface BodyFace {
  source: 'chosen' | 'found'
  /** The family name, in Chinese when the font has one (仿宋). */
  family: string
  /** The PostScript name, as PDF readers list the embedded font. */
  postscriptName: string
  /** The file's name (simfang.ttf); the full path stays in main. */
  fileName: string
  size: number
}

export const fontsSystemFaceRequest = z
  .object({
    /** False for the settings card, which shows the face without pulling 10 MB across. */
    withData: z.boolean(),
  })
  .strict()
export const fontsChooseRequest = z.object({ grant: adminGrant }).strict()
export const fontsClearRequest = z.object({ grant: adminGrant }).strict()

export interface SystemFaceResult {
  /** The face PDFs use for body text, or null: the embedded open font is used. */
  face: BodyFace | null
  /** The TTF's bytes, when asked for and a face is available. */
  data?: Uint8Array
  /** The administrator's file and why it is not used, when it is not. */
  chosenProblem: { fileName: string; problem: FontProblem } | null
}
export type FontsChooseResult =
  | { status: 'chosen'; face: BodyFace }
  | { status: 'invalid'; fileName: string; problem: FontProblem }
  | { status: 'cancelled' }
  | { status: 'refused' }
export type FontsClearResult = { status: 'cleared' } | { status: 'refused' }
