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
  if (key === 'reason') return t(`audit.failReason.${value}`, { defaultValue: String(value) })
  return String(value)
}

export function detailsText(details: AuditEntry['details'], t: TFunction): string {
  return Object.entries(details)
    .map(
      ([key, value]) => `${t(`audit.detail.${key}`, { defaultValue: key })}：${detailValue(key, value, t)}`,
    )
    .join('；')
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
