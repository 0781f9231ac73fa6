/** Workspace settings that are not personal data: how case numbers are formed. */
import {
  DEFAULT_NUMBERING,
  numberingSettingsSchema,
  type NumberingSettings,
} from '../../domain/numbering/numbering-settings'
import { parseOrThrow } from '../../domain/shared/errors'
import type { MediationDb } from '../schema'

const NUMBERING_KEY = 'case-numbering'

export function createSettingsRepository(db: MediationDb) {
  return {
    async getNumbering(): Promise<NumberingSettings> {
      const row = await db.settings.get(NUMBERING_KEY)
      const parsed = numberingSettingsSchema.safeParse(row?.value)
      return parsed.success ? parsed.data : DEFAULT_NUMBERING
    },
    async setNumbering(input: unknown): Promise<NumberingSettings> {
      const value = parseOrThrow(numberingSettingsSchema, input)
      await db.settings.put({ key: NUMBERING_KEY, value })
      return value
    },
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
