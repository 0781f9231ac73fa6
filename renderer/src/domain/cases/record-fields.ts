/** The field types records are made of: texts with a limit, dates, a local date and time. */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { MSG } from '../shared/messages'

export const text = (max: number) => z.string().trim().max(max, MSG.tooLong)
export const required = (max: number) => z.string().trim().min(1, MSG.required).max(max, MSG.tooLong)
export const isoDate = z.string().refine(isIsoDate, MSG.date)
/** A local date and time as typed into a datetime-local field: YYYY-MM-DDTHH:mm. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, MSG.date)
  .refine(
    (v) => isIsoDate(v.slice(0, 10)) && Number(v.slice(11, 13)) < 24 && Number(v.slice(14, 16)) < 60,
    MSG.date,
  )

/** An ISO date, or '' when not (yet) known. */
export const optionalDate = z.union([isoDate, z.literal('')]).default('')
