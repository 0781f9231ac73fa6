/** How audit entries are shown: local-day date ranges, action labels, targets and details. */
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import type { AuditAction, AuditEntry } from '../../../domain/audit/actions'

/** A `type="date"` value (local calendar day) as the ISO instant its day starts or ends. */
export function dayBoundary(value: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const day = dayjs(value)
  if (!day.isValid()) return undefined
  return (edge === 'start' ? day.startOf('day') : day.endOf('day')).toISOString()
}

/** Audit times to the second: the order of events within a minute matters here. */
export function formatTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss')
}

export function actionLabel(action: AuditAction, t: TFunction): string {
  return t(`auditAction.${action}`, { defaultValue: action })
}

export function targetLabel(entry: AuditEntry, t: TFunction, usernames: ReadonlyMap<string, string>): string {
  if (!entry.targetType) return '—'
  const type = t(`audit.target.${entry.targetType}`, { defaultValue: entry.targetType })
  if (!entry.targetId) return type
  if (entry.targetType === 'route')
    return `${type} ${t(`nav.${entry.targetId}`, { defaultValue: entry.targetId })}`
  if (entry.targetType === 'settings') {
    return `${type}：${t(`audit.settingsKey.${entry.targetId}`, { defaultValue: entry.targetId })}`
  }
  const name = entry.targetType === 'user' ? usernames.get(entry.targetId) : undefined
  // Record ids are UUIDs: the first block is enough to tell them apart on screen; the CSV has them whole.
  const id = name ?? (/^[0-9a-f]{8}-/.test(entry.targetId) ? entry.targetId.slice(0, 8) : entry.targetId)
  return `${type} ${id}`
}

function detailValue(key: string, value: AuditEntry['details'][string], t: TFunction): string {
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no')
  if (Array.isArray(value)) {
    return value.map((v) => (key === 'roles' ? t(`roles.${v}`, { defaultValue: v }) : v)).join('、')
  }
  if (key === 'reason') {
    const fail = t(`audit.failReason.${value}`, { defaultValue: '' })
    if (fail) return fail
  }
  // Enumerated values (verdicts, outputs, roles…) read in the UI's language; ids and numbers as stored.
  if (typeof value === 'string') return t(`audit.value.${key}.${value}`, { defaultValue: value })
  return String(value)
}

export function detailsText(details: AuditEntry['details'], t: TFunction): string {
  return Object.entries(details)
    .map(([key, value]) =>
      t('audit.pair', {
        label: t(`audit.detail.${key}`, { defaultValue: key }),
        value: detailValue(key, value, t),
      }),
    )
    .join(t('audit.separator'))
}

export const CSV_COLUMNS = [
  'seq',
  'at',
  'actor',
  'action',
  'targetType',
  'targetId',
  'details',
  'hash',
] as const
