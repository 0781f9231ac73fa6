/**
 * The numbers of a period, a row per group and the 合计 row: receipts by source, success,
 * amounts and people in one table, prevention (件 and 人) in a second. A number made of cases is a
 * button that lists those cases, for users who may read cases.
 */
import { Anchor, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PREVENTION_FLAGS } from '../../domain/cases/catalogues'
import {
  CASE_MEASURES,
  type CaseMeasure,
  type Measure,
  type StatMeasures,
  type StatTable,
} from '../../domain/statistics'
import { measureLabel, percent, yuan } from '../stat-labels'

export interface DrillRequest {
  measure: CaseMeasure
  /** null: the 合计 row. */
  groupKey: string | null
  groupLabel: string
  value: number
}

interface Props {
  table: StatTable
  caption: string
  groupHeader: string
  labelOf: (key: string) => string
  onDrill: ((r: DrillRequest) => void) | null
}

const MAIN: Measure[] = [
  'received',
  'receivedApplication',
  'receivedProactive',
  'receivedReferred',
  'succeeded',
  'concluded',
  'successRate',
  'agreementAmountFen',
  'persons',
]
const PREVENTION: Measure[] = PREVENTION_FLAGS.flatMap((f) => [
  `prevention-${f}-cases` as const,
  `prevention-${f}-persons` as const,
])

const isCaseMeasure = (m: Measure): m is CaseMeasure => (CASE_MEASURES as readonly string[]).includes(m)

function display(m: Measure, v: StatMeasures[Measure]): string {
  if (m === 'successRate') return percent(v)
  if (v === null) return '—'
  return m === 'agreementAmountFen' ? yuan(v) : String(v)
}

const NOWRAP = { whiteSpace: 'nowrap' } as const

export function MeasuresTable({ table, caption, groupHeader, labelOf, onDrill }: Props) {
  const { t } = useTranslation()
  const total = t('statistics.total')

  const cell = (m: Measure, measures: StatMeasures, groupKey: string | null, groupLabel: string) => {
    const v = measures[m]
    const text = display(m, v)
    if (!onDrill || !isCaseMeasure(m) || !v) return text
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => onDrill({ measure: m, groupKey, groupLabel, value: v })}
        aria-label={t('statistics.drill.open', { measure: measureLabel(m, t), group: groupLabel, value: v })}
      >
        {text}
      </Anchor>
    )
  }

  const render = (columns: Measure[], caption: string, testId: string, rows = table.rows) => (
    <ScrollArea type="auto">
      <Table
        striped
        highlightOnHover
        withTableBorder
        verticalSpacing={4}
        fz="sm"
        captionSide="top"
        data-testid={testId}
      >
        <Table.Caption>
          <Text fw={600} size="sm" ta="left" c="var(--mantine-color-text)">
            {caption}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {/* The group column keeps its words on one line; the measures may wrap. */}
            <Table.Th style={NOWRAP}>{groupHeader}</Table.Th>
            {columns.map((m) => (
              <Table.Th key={m} ta="right">
                {measureLabel(m, t)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = labelOf(row.key)
            return (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400} style={NOWRAP}>
                  {label}
                </Table.Th>
                {columns.map((m) => (
                  <Table.Td key={m} ta="right">
                    {cell(m, row.measures, row.key, label)}
                  </Table.Td>
                ))}
              </Table.Tr>
            )
          })}
          <Table.Tr fw={700} data-testid={`${testId}-total`}>
            <Table.Th scope="row">{total}</Table.Th>
            {columns.map((m) => (
              <Table.Td key={m} ta="right">
                {cell(m, table.total, null, total)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollArea>
  )

  return (
    <Stack gap="md">
      {render(MAIN, caption, 'stat-table')}
      {/* Prevention is rare: only the groups that have some, and the total. */}
      {render(
        PREVENTION,
        t('statistics.prevention.title'),
        'stat-prevention',
        table.rows.filter((r) => PREVENTION.some((m) => r.measures[m])),
      )}
      <Text size="xs" c="dimmed">
        {t('statistics.definitions')}
      </Text>
    </Stack>
  )
}
