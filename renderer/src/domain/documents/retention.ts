/**
 * 保管期限 of archive volumes, a setting per kind of mediation (administrators; 设置 → 卷宗保管期限):
 * one period for volumes that end in an agreement (协议类: written or oral) and one for every other
 * volume (一般: terminated, not accepted, no agreement). The cover prints the period that applies.
 *
 * Defaults follow the usual local practice of 司法所 archives (机关文件材料归档范围和文书档案保管期限
 * 规定, 国家档案局令第8号, 永久/30年/10年): volumes with an agreement 30年, the others 10年, for every
 * kind. An office keeping agreements 长期 or 永久 sets that here.
 */
import { z } from 'zod'
import { MEDIATION_KINDS, type MediationKind } from '../cases/catalogues'

/** 永久, 长期 (the older scheme's long term), 30年, 10年, 短期. */
export const RETENTION_PERIODS = ['permanent', 'long', '30y', '10y', 'short'] as const
export type RetentionPeriod = (typeof RETENTION_PERIODS)[number]

/** As printed on the cover. */
export const RETENTION_LABELS: Readonly<Record<RetentionPeriod, string>> = {
  permanent: '永久',
  long: '长期',
  '30y': '30年',
  '10y': '10年',
  short: '短期',
}

const period = z.enum(RETENTION_PERIODS)
const rule = z.object({ agreement: period, other: period }).strict()
export type RetentionRule = z.output<typeof rule>

export const DEFAULT_RETENTION_RULE: RetentionRule = { agreement: '30y', other: '10y' }

export const retentionSettingsSchema = z
  .object(
    Object.fromEntries(MEDIATION_KINDS.map((k) => [k, rule.default(DEFAULT_RETENTION_RULE)])) as Record<
      MediationKind,
      z.ZodDefault<typeof rule>
    >,
  )
  .strict()
export type RetentionSettings = Record<MediationKind, RetentionRule>
export type RetentionSettingsInput = z.input<typeof retentionSettingsSchema>

export const DEFAULT_RETENTION: RetentionSettings = retentionSettingsSchema.parse({}) as RetentionSettings

/** The period of one case's volume: the agreement one when the case has an agreement. */
export function retentionOf(
  settings: RetentionSettings,
  kind: MediationKind,
  hasAgreement: boolean,
): RetentionPeriod {
  const r = settings[kind] ?? DEFAULT_RETENTION_RULE
  return hasAgreement ? r.agreement : r.other
}
