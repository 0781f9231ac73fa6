/**
 * Workspace settings, none of them personal data: the organisation profile (with its case-number
 * rule), security settings, deadline rules and the holiday calendar. Anyone unlocked may read them;
 * changing them needs `settings:manage` and is audited.
 */
import { autoLockSchema, type Organisation } from '../../domain/auth/account'
import { requirePermission, type Role } from '../../domain/auth/roles'
import { holidayCalendarSchema, type HolidayCalendar } from '../../domain/deadlines/calendar'
import { defaultHolidayCalendar } from '../../domain/deadlines/default-calendar'
import {
  deadlineRulesSchema,
  withDefaultRules,
  type DeadlineRule,
  type deadlineRuleSchema,
} from '../../domain/deadlines/rules'
import {
  DEFAULT_NUMBERING,
  numberingSettingsSchema,
  type NumberingSettings,
} from '../../domain/numbering/numbering-settings'
import {
  issuingBodies,
  otherBodiesSchema,
  type IssuingBody,
  type OtherBody,
} from '../../domain/organisation/issuing-bodies'
import {
  DEFAULT_RETENTION,
  retentionSettingsSchema,
  type RetentionSettings,
  type RetentionSettingsInput,
} from '../../domain/documents/retention'
import { parseOrThrow } from '../../domain/shared/errors'
import type { z } from 'zod'
import type { Actor, AuditLog } from '../audit/audit-log'
import type { MediationDb } from '../schema'
import { createReportingSettings, type ReportingSettings } from './reporting-settings'
import {
  ORGANISATION_KEY,
  SECURITY_KEY,
  readAutoLockMinutes,
  readLockMinutes,
  readOrganisation,
} from './settings-read'

export { ORGANISATION_KEY, SECURITY_KEY, readAutoLockMinutes, readOrganisation } from './settings-read'
export const DEADLINE_RULES_KEY = 'deadline-rules'
export const HOLIDAY_CALENDAR_KEY = 'holiday-calendar'
/** The issuing bodies besides the committee (行政机关, 特邀调解组织). */
export const ISSUING_BODIES_KEY = 'issuing-bodies'
/** 保管期限 of archive volumes per kind of mediation. */
export const ARCHIVE_RETENTION_KEY = 'archive-retention'

/** The archive retention periods as stored, completed with the defaults (all defaults when invalid). */
export async function readRetention(db: MediationDb): Promise<RetentionSettings> {
  const parsed = retentionSettingsSchema.safeParse(
    (await db.settings.get(ARCHIVE_RETENTION_KEY))?.value ?? {},
  )
  return parsed.success ? (parsed.data as RetentionSettings) : structuredClone(DEFAULT_RETENTION)
}

/** The bodies besides the committee, as stored ([] when none or no longer valid). */
export async function readOtherBodies(db: MediationDb): Promise<OtherBody[]> {
  const parsed = otherBodiesSchema.safeParse((await db.settings.get(ISSUING_BODIES_KEY))?.value)
  return parsed.success ? parsed.data : []
}

/** Every body issuing documents here, the committee (the organisation profile) first. */
export async function readIssuingBodies(db: MediationDb): Promise<IssuingBody[]> {
  const organisation = await readOrganisation(db)
  return issuingBodies(
    { name: organisation?.name ?? '', numbering: organisation?.numbering ?? DEFAULT_NUMBERING },
    await readOtherBodies(db),
  )
}

export interface SettingsDeps {
  db: MediationDb
  access: { roles: readonly Role[]; actor: Actor }
  audit: AuditLog
  /**
   * Called after the deadline rules or the holiday calendar changed, so that whoever stores due
   * dates (the case repository) can recompute them.
   */
  onDeadlineSettingsChange?: () => Promise<void>
}

/** Freezes a calendar so that one parsed copy can be shared between callers (and its lookups cached). */
function frozen(cal: HolidayCalendar): HolidayCalendar {
  return Object.freeze({
    offDays: Object.freeze(cal.offDays) as string[],
    workingWeekends: Object.freeze(cal.workingWeekends) as string[],
  })
}

/**
 * Remembers the last value parsed from one settings row, keyed by the row's serialised value:
 * deadlines are computed for every case written, and parsing thousands of calendar dates each
 * time would dominate a bulk import. Another window's write changes the row, so it is never stale.
 */
function memoByValue<T>(parse: (value: unknown) => T) {
  let last: { raw: string; value: T } | null = null
  return (value: unknown): T => {
    const raw = value === undefined ? '' : JSON.stringify(value)
    if (last?.raw !== raw) last = { raw, value: parse(value) }
    return last.value
  }
}

const BUILT_IN_CALENDAR = frozen(defaultHolidayCalendar())

/** Workspace settings. Inputs are what the forms send; each is parsed again here (zod). */
export interface SettingsRepository extends ReportingSettings {
  getNumbering(): Promise<NumberingSettings>
  getOrganisation(): Promise<Organisation | null>
  getAutoLockMinutes(): Promise<number>
  /** Every body issuing documents here: the committee (from the organisation profile), then the others. */
  getIssuingBodies(): Promise<IssuingBody[]>
  /** The bodies besides the committee, as an administrator edits them. */
  getOtherBodies(): Promise<OtherBody[]>
  setOtherBodies(input: z.input<typeof otherBodiesSchema>): Promise<OtherBody[]>
  setNumbering(input: z.input<typeof numberingSettingsSchema>): Promise<NumberingSettings>
  setAutoLockMinutes(minutes: z.input<typeof autoLockSchema>): Promise<number>
  /** The signing screen's idle time (administrators; audited). */
  getSigningLockMinutes(): Promise<number>
  setSigningLockMinutes(minutes: z.input<typeof autoLockSchema>): Promise<number>
  /** Every rule: the stored ones, completed with the defaults for any the store lacks. */
  getDeadlineRules(): Promise<DeadlineRule[]>
  setDeadlineRules(rules: readonly z.input<typeof deadlineRuleSchema>[]): Promise<DeadlineRule[]>
  /** The administrator's calendar, or the built-in one (frozen: copy it before changing it). */
  getHolidayCalendar(): Promise<HolidayCalendar>
  setHolidayCalendar(calendar: z.input<typeof holidayCalendarSchema>): Promise<HolidayCalendar>
  /** 保管期限 of archive volumes per kind of mediation (agreement / other), defaults completed. */
  getRetention(): Promise<RetentionSettings>
  setRetention(input: RetentionSettingsInput): Promise<RetentionSettings>
  /** Changes the upload endpoint through `apply` (the main process keeps it), audited by host. */
  changeUploadEndpoint<T>(endpoint: string | null, apply: (endpoint: string | null) => Promise<T>): Promise<T>
  /** Back to the built-in calendar (chinese-days): the stored one is removed. */
  resetHolidayCalendar(): Promise<HolidayCalendar>
  /**
   * Chooses or clears the PDF body font through `apply` (the main process keeps the file's path);
   * administrators only, audited when it changed (the file's name and family, never its path).
   */
  changeBodyFont<T extends BodyFontChange>(apply: () => Promise<T>): Promise<T>
}

/** What choosing or clearing the body font answers (the IPC contract's shapes, structurally). */
export type BodyFontChange =
  { status: 'chosen'; face: { fileName: string; family: string } } | { status: string; face?: undefined }

export function createSettingsRepository({
  db,
  access,
  audit,
  onDeadlineSettingsChange,
}: SettingsDeps): SettingsRepository {
  const manage = () => requirePermission(access.roles, 'settings:manage')
  // Stored values that are absent or no longer valid fall back to the defaults.
  const parseRules = memoByValue((value) => {
    const parsed = deadlineRulesSchema.safeParse(value)
    return withDefaultRules(parsed.success ? parsed.data : [])
  })
  const parseCalendar = memoByValue((value) => {
    const parsed = value === undefined ? null : holidayCalendarSchema.safeParse(value)
    return parsed?.success ? frozen(parsed.data) : BUILT_IN_CALENDAR
  })
  const readRules = async () => parseRules((await db.settings.get(DEADLINE_RULES_KEY))?.value)
  const deadlinesChanged = () => onDeadlineSettingsChange?.() ?? Promise.resolve()

  /** One idle time of the security settings, kept beside the other, with its audit entry. */
  async function setLockMinutes(
    field: 'autoLockMinutes' | 'signingLockMinutes',
    id: 'auto-lock' | 'signing-lock',
    input: unknown,
  ): Promise<number> {
    manage()
    const minutes = parseOrThrow(autoLockSchema, input)
    await audit.commit([db.settings], async () => ({
      entry: {
        actor: access.actor,
        action: 'settings.update',
        target: { type: 'settings', id },
        details: { minutes },
      },
      write: async () => {
        const value = ((await db.settings.get(SECURITY_KEY))?.value ?? {}) as object
        await db.settings.put({ key: SECURITY_KEY, value: { ...value, [field]: minutes } })
      },
    }))
    return minutes
  }

  return {
    ...createReportingSettings({ db, access, audit }),

    async getNumbering(): Promise<NumberingSettings> {
      return (await readOrganisation(db))?.numbering ?? DEFAULT_NUMBERING
    },
    getOrganisation: () => readOrganisation(db),
    getAutoLockMinutes: () => readAutoLockMinutes(db),
    getSigningLockMinutes: async () => (await readLockMinutes(db)).signing,
    getIssuingBodies: () => readIssuingBodies(db),
    getOtherBodies: () => readOtherBodies(db),

    async setOtherBodies(input) {
      manage()
      const bodies = parseOrThrow(otherBodiesSchema, input)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'issuing-bodies' },
          details: { bodies: bodies.map((b) => b.id) },
        },
        write: () => db.settings.put({ key: ISSUING_BODIES_KEY, value: bodies }),
      }))
      return bodies
    },

    async setNumbering(input) {
      manage()
      const numbering = parseOrThrow(numberingSettingsSchema, input)
      const organisation = await readOrganisation(db)
      if (!organisation) throw new Error('settings: no organisation')
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'numbering' },
        },
        write: () => db.settings.put({ key: ORGANISATION_KEY, value: { ...organisation, numbering } }),
      }))
      return numbering
    },

    setAutoLockMinutes: (input) => setLockMinutes('autoLockMinutes', 'auto-lock', input),
    setSigningLockMinutes: (input) => setLockMinutes('signingLockMinutes', 'signing-lock', input),

    getRetention: () => readRetention(db),

    async setRetention(input) {
      manage()
      const value = parseOrThrow(retentionSettingsSchema, input) as RetentionSettings
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'archive-retention' },
          details: Object.fromEntries(
            Object.entries(value).map(([kind, r]) => [kind, `${r.agreement}/${r.other}`]),
          ),
        },
        write: () => db.settings.put({ key: ARCHIVE_RETENTION_KEY, value }),
      }))
      return value
    },

    /** Every rule: the stored ones, completed with the defaults for any the store lacks. */
    async getDeadlineRules(): Promise<DeadlineRule[]> {
      return (await readRules()).map((r) => ({ ...r }))
    },

    async setDeadlineRules(input) {
      manage()
      const rules = parseOrThrow(
        deadlineRulesSchema,
        withDefaultRules(parseOrThrow(deadlineRulesSchema, input)),
      )
      // Compared field by field: a built-in rule and its parsed copy list their fields in another order.
      const canonical = (r: DeadlineRule) =>
        JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))
      const before = new Map((await readRules()).map((r) => [r.id, canonical(r)]))
      const changed = rules.filter((r) => before.get(r.id) !== canonical(r)).map((r) => r.id)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'deadline-rules' },
          details: { changed },
        },
        write: () => db.settings.put({ key: DEADLINE_RULES_KEY, value: rules }),
      }))
      await deadlinesChanged()
      return rules.map((r) => ({ ...r }))
    },

    /** The administrator's calendar, or the built-in one (frozen: copy it before changing it). */
    async getHolidayCalendar(): Promise<HolidayCalendar> {
      return parseCalendar((await db.settings.get(HOLIDAY_CALENDAR_KEY))?.value)
    },

    async setHolidayCalendar(input) {
      manage()
      const calendar = parseOrThrow(holidayCalendarSchema, input)
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'holiday-calendar' },
          details: { offDays: calendar.offDays.length, workingWeekends: calendar.workingWeekends.length },
        },
        write: () => db.settings.put({ key: HOLIDAY_CALENDAR_KEY, value: calendar }),
      }))
      await deadlinesChanged()
      return frozen(calendar)
    },

    /**
     * The upload endpoint is kept by the main process, which sends while nobody is logged in; the
     * change goes through here so that only an administrator makes it, and it is audited (the host
     * only: a path or query may carry the district's token).
     */
    async changeUploadEndpoint<T>(
      endpoint: string | null,
      apply: (endpoint: string | null) => Promise<T>,
    ): Promise<T> {
      manage()
      const result = await apply(endpoint)
      const host = endpoint === null ? '' : new URL(endpoint).host
      await audit.append(
        access.actor,
        'settings.update',
        { type: 'settings', id: 'upload-endpoint' },
        { host },
      )
      return result
    },

    async changeBodyFont<T extends BodyFontChange>(apply: () => Promise<T>): Promise<T> {
      manage()
      const result = await apply()
      if (result.status === 'chosen' || result.status === 'cleared') {
        const details: Record<string, string | boolean> =
          result.status === 'chosen' && result.face
            ? { fileName: result.face.fileName, family: result.face.family }
            : { cleared: true }
        await audit.append(access.actor, 'settings.update', { type: 'settings', id: 'body-font' }, details)
      }
      return result
    },

    /** Back to the built-in calendar (chinese-days): the stored one is removed. */
    async resetHolidayCalendar(): Promise<HolidayCalendar> {
      manage()
      await audit.commit([db.settings], async () => ({
        entry: {
          actor: access.actor,
          action: 'settings.update',
          target: { type: 'settings', id: 'holiday-calendar' },
          details: { reset: true },
        },
        write: () => db.settings.delete(HOLIDAY_CALENDAR_KEY),
      }))
      await deadlinesChanged()
      return BUILT_IN_CALENDAR
    },
  }
}
