/**
 * Settings that shape what a room reports (none of them personal): how statistics are counted and
 * shown (成功率's denominator, the prevention columns), the committees and mediators a 司法所
 * supervises (组织队伍), and the dispute-type catalogue's local sub-types. Anyone unlocked reads
 * them; changing them needs `settings:manage` and is audited.
 */
import { requirePermission, type Role } from '../../domain/auth/roles'
import {
  catalogueChangeIssues,
  disputeCatalogueSchema,
  type DisputeCatalogue,
  type DisputeCatalogueInput,
} from '../../domain/cases/dispute-catalogue'
import { parseOrThrow, ValidationError } from '../../domain/shared/errors'
import {
  DEFAULT_STATISTICS_SETTINGS,
  rosterSchema,
  statisticsSettingsSchema,
  type Roster,
  type RosterInput,
  type StatisticsSettings,
  type StatisticsSettingsInput,
} from '../../domain/statistics/settings'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'

export const STATISTICS_SETTINGS_KEY = 'statistics-settings'
export const ROSTER_KEY = 'organisation-roster'
export const DISPUTE_CATALOGUE_KEY = 'dispute-catalogue'

export interface ReportingSettings {
  getStatisticsSettings(): Promise<StatisticsSettings>
  setStatisticsSettings(input: StatisticsSettingsInput): Promise<StatisticsSettings>
  /** 组织队伍: the committees (by type) and their 专职/兼职 mediators. */
  getRoster(): Promise<Roster>
  setRoster(input: RosterInput): Promise<Roster>
  /** The local sub-types of the 15 reported dispute types (retired ones included). */
  getDisputeCatalogue(): Promise<DisputeCatalogue>
  /** Refused when it drops a sub-type or moves one to another reported type (retire it instead). */
  setDisputeCatalogue(input: DisputeCatalogueInput): Promise<DisputeCatalogue>
}

/** The statistics settings as stored (or the defaults), for readers without a settings repository. */
export async function readStatisticsSettings(db: MediationDb): Promise<StatisticsSettings> {
  const parsed = statisticsSettingsSchema.safeParse((await db.settings.get(STATISTICS_SETTINGS_KEY))?.value)
  return parsed.success ? parsed.data : { ...DEFAULT_STATISTICS_SETTINGS }
}

interface Deps {
  db: MediationDb
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
}

export function createReportingSettings({ db, access, audit }: Deps): ReportingSettings {
  const manage = () => requirePermission(access.roles, 'settings:manage')
  const read = async (key: string) => (await db.settings.get(key))?.value
  /** The value and its audit entry, in one transaction (both or neither). */
  const store = (
    key: string,
    value: unknown,
    id: string,
    details: Record<string, string | number | boolean>,
  ) =>
    audit.commit([db.settings], async () => ({
      entry: { actor: access.actor, action: 'settings.update', target: { type: 'settings', id }, details },
      write: () => db.settings.put({ key, value }),
    }))

  async function catalogue(): Promise<DisputeCatalogue> {
    const parsed = disputeCatalogueSchema.safeParse((await read(DISPUTE_CATALOGUE_KEY)) ?? [])
    return parsed.success ? parsed.data : []
  }

  return {
    getStatisticsSettings: () => readStatisticsSettings(db),
    async setStatisticsSettings(input) {
      manage()
      const value = parseOrThrow(statisticsSettingsSchema, input)
      await store(STATISTICS_SETTINGS_KEY, value, 'statistics', {
        rateBase: value.rateBase,
        prevention: value.prevention.join(','),
      })
      return value
    },
    async getRoster() {
      const parsed = rosterSchema.safeParse(await read(ROSTER_KEY))
      return parsed.success ? parsed.data : { committees: [] }
    },
    async setRoster(input) {
      manage()
      const value = parseOrThrow(rosterSchema, input)
      await store(ROSTER_KEY, value, 'roster', { committees: value.committees.length })
      return value
    },
    getDisputeCatalogue: catalogue,
    async setDisputeCatalogue(input) {
      manage()
      const value = parseOrThrow(disputeCatalogueSchema, input)
      const issues = catalogueChangeIssues(await catalogue(), value)
      if (issues.length) throw new ValidationError(issues)
      await store(DISPUTE_CATALOGUE_KEY, value, 'dispute-catalogue', {
        subtypes: value.length,
        retired: value.filter((s) => s.retired).length,
      })
      return value
    },
  }
}
