/**
 * How a room's statistics are reported (settings, none of it personal): 成功率's denominator, the
 * prevention columns its local forms carry, and — for a 司法所 — the committees it supervises and
 * their mediators (组织队伍), which bulletins report beside the cases.
 */
import { z } from 'zod'
import { PREVENTION_FLAGS } from '../cases/catalogues'
import { RATE_BASES } from './measures'
import { STAT_MSG } from './messages'

export const statisticsSettingsSchema = z.object({
  /** 受理数 by default: 司法局 publish 调解成功数 ÷ 受理数. */
  rateBase: z.enum(RATE_BASES, STAT_MSG.choice).default('received'),
  /** Which 防止… columns the tables show (防止群体性械斗 beside or instead of 防止群体性事件). */
  prevention: z
    .array(z.enum(PREVENTION_FLAGS, STAT_MSG.choice))
    .min(1, STAT_MSG.required)
    .default([...PREVENTION_FLAGS]),
})
export type StatisticsSettings = z.output<typeof statisticsSettingsSchema>
export type StatisticsSettingsInput = z.input<typeof statisticsSettingsSchema>

export const DEFAULT_STATISTICS_SETTINGS: StatisticsSettings = statisticsSettingsSchema.parse({})

/**
 * Kinds of 人民调解委员会 (人民调解法 Art. 8; 行业性、专业性 from 司法部 practice): 村, 居（社区）,
 * 乡镇, 街道, 企事业单位, 行业性专业性, and others (区域性、社会团体…).
 */
export const COMMITTEE_TYPES = [
  'village',
  'community',
  'township',
  'street',
  'enterprise',
  'industry',
  'other',
] as const
export type CommitteeType = (typeof COMMITTEE_TYPES)[number]

const headCount = z
  .number(STAT_MSG.count)
  .int(STAT_MSG.count)
  .min(0, STAT_MSG.count)
  .max(10_000, STAT_MSG.count)

export const committeeSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1, STAT_MSG.required).max(60, STAT_MSG.tooLong),
  type: z.enum(COMMITTEE_TYPES, STAT_MSG.choice),
  /** 专职 and 兼职 人民调解员. */
  fullTime: headCount,
  partTime: headCount,
})
export const rosterSchema = z.object({ committees: z.array(committeeSchema).max(1000, STAT_MSG.tooLong) })
export type Roster = z.output<typeof rosterSchema>
export type RosterInput = z.input<typeof rosterSchema>

export interface RosterCounts {
  committees: number
  byType: Record<CommitteeType, number>
  fullTime: number
  partTime: number
}

/** The counts a bulletin reports: committees by type, 专职 and 兼职 mediators. */
export function rosterCounts(roster: Roster): RosterCounts {
  const byType = Object.fromEntries(COMMITTEE_TYPES.map((t) => [t, 0])) as Record<CommitteeType, number>
  let fullTime = 0
  let partTime = 0
  for (const c of roster.committees) {
    byType[c.type] += 1
    fullTime += c.fullTime
    partTime += c.partTime
  }
  return { committees: roster.committees.length, byType, fullTime, partTime }
}
