/**
 * What a mediator records of a dispute screening round (排查) and of a 零上报 — validated here, sealed
 * by the repository. The date and the number found are plain (they are counted); where and what
 * was seen are sealed, since notes may mention people.
 */
import { z } from 'zod'
import { isIsoDate } from '../shared/dates'
import { STAT_MSG } from './messages'

const text = (max: number) => z.string().trim().max(max, STAT_MSG.tooLong)

export const screeningInputSchema = z.object({
  date: z.string().refine(isIsoDate, STAT_MSG.date),
  /** The area or grid screened (社区、网格、单位…). */
  area: text(100).min(1, STAT_MSG.required),
  found: z.number(STAT_MSG.count).int(STAT_MSG.count).min(0, STAT_MSG.count).max(10_000, STAT_MSG.count),
  /** 预防纠纷数: disputes headed off in this round before they became cases. */
  prevented: z
    .number(STAT_MSG.count)
    .int(STAT_MSG.count)
    .min(0, STAT_MSG.count)
    .max(10_000, STAT_MSG.count)
    .default(0),
  notes: text(2000).default(''),
})
export type ScreeningInput = z.input<typeof screeningInputSchema>
export type ScreeningData = z.output<typeof screeningInputSchema>

export interface Screening extends ScreeningData {
  id: string
  createdAt: string
  createdBy: string
}

export const zeroReportInputSchema = z.object({ note: text(500).default('') })

/** A filed period report. 零上报 is the only kind so far: "this period had no new disputes". */
export interface PeriodReport {
  id: string
  /** periodKey() of the period reported. */
  period: string
  kind: 'zero'
  note: string
  createdAt: string
  createdBy: string
  byName: string
  /** New disputes registered in the period as things stand now: above 0, the 零上报 no longer holds. */
  newDisputesNow: number
}
