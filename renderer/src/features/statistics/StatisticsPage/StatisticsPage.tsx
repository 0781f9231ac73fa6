/**
 * 统计: any period's numbers by dispute type, kind, source, outcome or mediator — summary, a bar
 * chart, the full table with drill-down to the cases behind a number, the statutory table as XLSX
 * or PDF, screening rounds (排查) and 零上报. Period and grouping live in the URL.
 */
import { Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { GROUP_BYS, type GroupBy, type Period } from '../../../domain/statistics'
import { todayIso } from '../../../domain/shared/dates'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { BarChart } from './BarChart'
import { DrillDownModal } from './DrillDownModal'
import { MeasuresTable, type DrillRequest } from '../../../components/MeasuresTable'
import { PeriodPicker } from '../../../components/PeriodPicker'
import { ScreeningsCard } from './ScreeningsCard'
import { StatutoryDownloads } from './StatutoryDownloads'
import { SummaryCards } from '../../../components/SummaryCards'
import { ZeroReportCard } from './ZeroReportCard'
import { groupLabel, periodLabel } from '../../../components/stat-labels'
import { readStatParams, writeStatParams } from './stat-params'

const RECEIVED_COLOR = 'var(--mantine-color-blue-6)'
const SUCCEEDED_COLOR = 'var(--mantine-color-teal-6)'

export function StatisticsPage() {
  const { t } = useTranslation()
  const { statistics, users } = useRepositories()
  const canDrill = useCan('case:read')
  const today = todayIso()
  const [search, setSearch] = useSearchParams()
  const { period, groupBy } = readStatParams(search, today)
  const [drill, setDrill] = useState<DrillRequest | null>(null)
  const update = (patch: { period?: Period; groupBy?: GroupBy }) =>
    setSearch(writeStatParams({ period, groupBy, ...patch }), { replace: true })

  const key = JSON.stringify(period)
  const result = useQuery(() => statistics.compute(period, groupBy), [key, groupBy])
  const directory = useQuery(() => users.directory(), [])
  const mediators = useMemo(
    () => new Map((directory.data ?? []).map((u) => [u.id, u.displayName])),
    [directory.data],
  )
  const labelOf = (k: string) => groupLabel(groupBy, k, t, mediators)
  const table = result.data
  const charted = (table?.rows ?? []).filter((r) => r.measures.received || r.measures.succeeded)

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('statistics.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('statistics.intro')}
        </Text>
      </div>
      <Paper withBorder p="md">
        <Group justify="space-between" align="end" gap="md">
          <Group align="end" gap="md">
            <PeriodPicker
              // Typing a custom span must not remount the fields under the cursor.
              key={period.kind === 'custom' ? 'custom' : key}
              value={period}
              today={today}
              onChange={(p) => update({ period: p })}
            />
            <Select
              label={t('statistics.groupBy.label')}
              data={GROUP_BYS.map((g) => ({ value: g, label: t(`statistics.groupBy.${g}`) }))}
              value={groupBy}
              allowDeselect={false}
              onChange={(v) => v && update({ groupBy: v as GroupBy })}
              w={140}
            />
          </Group>
          <StatutoryDownloads period={period} today={today} />
        </Group>
      </Paper>
      {result.status === 'error' && <QueryErrorAlert error={result.error} />}
      {!table && result.status === 'loading' && <Text c="dimmed">{t('statistics.loading')}</Text>}
      {table && (
        <>
          <Title order={3}>{periodLabel(period, t)}</Title>
          <SummaryCards total={table.total} />
          <Paper withBorder p="md" component="section" aria-label={t('statistics.chart.title')}>
            <Title order={4} mb="xs">
              {t('statistics.chart.title')}
            </Title>
            {charted.length ? (
              <BarChart
                label={t('statistics.chart.aria', { groupBy: t(`statistics.groupBy.${groupBy}`) })}
                series={[
                  { label: t('statistics.chart.received'), color: RECEIVED_COLOR },
                  { label: t('statistics.chart.succeeded'), color: SUCCEEDED_COLOR },
                ]}
                rows={charted.map((r) => ({
                  label: labelOf(r.key),
                  values: [r.measures.received, r.measures.succeeded],
                }))}
                describe={(name, measure, value) => t('statistics.chart.bar', { name, measure, value })}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('statistics.chart.empty')}
              </Text>
            )}
          </Paper>
          <Paper withBorder p="md" component="section" aria-label={t('statistics.table.title')}>
            {canDrill && (
              <Text size="xs" c="dimmed" mb="xs">
                {t('statistics.drill.hint')}
              </Text>
            )}
            <MeasuresTable
              table={table}
              caption={t('statistics.table.caption', {
                period: periodLabel(period, t),
                groupBy: t(`statistics.groupBy.${groupBy}`),
              })}
              groupHeader={t(`statistics.groupBy.${groupBy}`)}
              labelOf={labelOf}
              onDrill={canDrill ? setDrill : null}
            />
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ZeroReportCard period={period} received={table.total.received} today={today} />
            <ScreeningsCard period={period} today={today} />
          </SimpleGrid>
        </>
      )}
      <DrillDownModal period={period} groupBy={groupBy} request={drill} onClose={() => setDrill(null)} />
    </Stack>
  )
}
