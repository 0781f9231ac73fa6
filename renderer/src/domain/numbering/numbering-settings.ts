/** The organisation's case-number settings: the pattern and the short name it inserts. */
import { z } from 'zod'
import { MSG } from '../shared/messages'
import { DEFAULT_CASE_NUMBER_PATTERN, validateCaseNumberPattern } from './case-number'

export const numberingSettingsSchema = z.object({
  pattern: z
    .string()
    .trim()
    .min(1, MSG.required)
    .refine((p) => validateCaseNumberPattern(p) === null, MSG.pattern),
  orgShortName: z.string().trim().min(1, MSG.required).max(12, MSG.tooLong),
})
export type NumberingSettings = z.output<typeof numberingSettingsSchema>

export const DEFAULT_NUMBERING: NumberingSettings = {
  pattern: DEFAULT_CASE_NUMBER_PATTERN,
  orgShortName: '某',
}
