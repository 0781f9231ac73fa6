/**
 * What an administrator asks for when exporting. An identified export (names and numbers) is
 * refused without a recorded legal basis (PIPL Art. 23): the basis is stored with the export.
 */
import { z } from 'zod'
import { periodSchema } from '../statistics'

export const EXPORT_MSG = {
  legalBasisRequired: 'exportValidation.legalBasisRequired',
  tooLong: 'exportValidation.tooLong',
  roomName: 'exportValidation.roomName',
  certificate: 'exportValidation.certificate',
  roomExists: 'exportValidation.roomExists',
  roomHasImports: 'exportValidation.roomHasImports',
  noSigningIdentity: 'exportValidation.noSigningIdentity',
  notRoom: 'exportValidation.notRoom',
  notDistrict: 'exportValidation.notDistrict',
} as const

export const LEGAL_BASIS_MIN = 4

export const exportRequestSchema = z
  .object({
    period: periodSchema,
    /** Only what changed since the last export (the default), or everything. */
    incremental: z.boolean().default(true),
    identified: z.boolean().default(false),
    legalBasis: z.string().trim().max(1000, EXPORT_MSG.tooLong).default(''),
    includeFreeText: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    if (r.identified && r.legalBasis.length < LEGAL_BASIS_MIN) {
      ctx.addIssue({ code: 'custom', path: ['legalBasis'], message: EXPORT_MSG.legalBasisRequired })
    }
  })
  .transform((r) => ({ ...r, legalBasis: r.identified ? r.legalBasis : '' }))
export type ExportRequest = z.output<typeof exportRequestSchema>
export type ExportRequestInput = z.input<typeof exportRequestSchema>
