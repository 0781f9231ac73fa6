/** The retention period of counselling files, an administrator's setting (not personal data). */
import { RETENTION_DEFAULT_YEARS, retentionYearsSchema } from '../../../domain/counselling/retention'
import type { MediationDb } from '../../schema'

export const RETENTION_KEY = 'counselling-retention'

export async function readRetentionYears(db: MediationDb): Promise<number> {
  const value = (await db.settings.get(RETENTION_KEY))?.value as { years?: unknown } | undefined
  const parsed = retentionYearsSchema.safeParse(value?.years)
  return parsed.success ? parsed.data : RETENTION_DEFAULT_YEARS
}
