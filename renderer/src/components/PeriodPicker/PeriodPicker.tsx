/**
 * Picks a month, quarter, year or custom span. A custom span reaches the page only once both dates
 * are valid and in order; until then the fields say what is wrong.
 */
import { Group, SegmentedControl, Select, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  PERIOD_KINDS,
  periodContaining,
  periodRange,
  periodSchema,
  type Period,
  type PeriodKind,
} from '../../domain/statistics'
import { DateField } from '../DateField'

const YEARS_BACK = 10

interface Props {
  value: Period
  today: string
  onChange: (p: Period) => void
}

export function PeriodPicker({ value, today, onChange }: Props) {
  const { t } = useTranslation()
  const range = periodRange(value)
  const [custom, setCustom] = useState(range)
  const thisYear = Number(today.slice(0, 4))
  const year = value.kind === 'custom' ? Number(value.from.slice(0, 4)) : value.year
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i))
  if (!years.includes(String(year))) years.push(String(year))

  const switchKind = (kind: PeriodKind) => {
    if (kind === 'custom') {
      setCustom(range)
      onChange({ kind: 'custom', ...range })
      return
    }
    // Keep the year in view; start from the period that holds the current one's first day.
    onChange(periodContaining(kind, range.from))
  }

  const setCustomDate = (edge: 'from' | 'to', v: string) => {
    const next = { ...custom, [edge]: v }
    setCustom(next)
    const parsed = periodSchema.safeParse({ kind: 'custom', ...next })
    if (parsed.success) onChange(parsed.data)
  }
  const customValid = periodSchema.safeParse({ kind: 'custom', ...custom }).success

  return (
    <Group gap="sm" align="end" wrap="wrap">
      <div>
        <Text size="sm" fw={500} mb={4} id="stat-period-kind">
          {t('statistics.period.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="stat-period-kind"
          value={value.kind}
          onChange={(v) => switchKind(v as PeriodKind)}
          data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`statistics.period.kinds.${k}`) }))}
        />
      </div>
      {value.kind !== 'custom' && (
        <Select
          label={t('statistics.period.year')}
          data={years}
          value={String(year)}
          allowDeselect={false}
          onChange={(v) => v && onChange({ ...value, year: Number(v) })}
          w={100}
        />
      )}
      {value.kind === 'month' && (
        <Select
          label={t('statistics.period.month')}
          data={Array.from({ length: 12 }, (_, i) => ({
            value: String(i + 1),
            label: t('statistics.period.monthN', { n: i + 1 }),
          }))}
          value={String(value.month)}
          allowDeselect={false}
          onChange={(v) => v && onChange({ ...value, month: Number(v) })}
          w={100}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          label={t('statistics.period.quarter')}
          data={[1, 2, 3, 4].map((q) => ({
            value: String(q),
            label: t('statistics.period.quarterN', { n: q }),
          }))}
          value={String(value.quarter)}
          allowDeselect={false}
          onChange={(v) => v && onChange({ ...value, quarter: Number(v) })}
          w={120}
        />
      )}
      {value.kind === 'custom' && (
        <>
          <DateField
            label={t('statistics.period.from')}
            value={custom.from}
            onChange={(v) => setCustomDate('from', v)}
            error={!customValid}
            w={160}
          />
          <DateField
            label={t('statistics.period.to')}
            value={custom.to}
            onChange={(v) => setCustomDate('to', v)}
            error={customValid ? undefined : t('statistics.period.invalid')}
            w={160}
          />
        </>
      )}
    </Group>
  )
}
