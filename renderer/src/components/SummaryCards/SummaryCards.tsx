/** The period at a glance: received, successful, success rate, agreed amount, people, screening. */
import { Paper, SimpleGrid, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StatMeasures } from '../../domain/statistics'
import { percent, yuan } from '../stat-labels'

export function SummaryCards({ total }: { total: StatMeasures }) {
  const { t } = useTranslation()
  const items: [string, string][] = [
    [t('statistics.summary.received'), t('statistics.summary.cases', { count: total.received })],
    [t('statistics.summary.succeeded'), t('statistics.summary.cases', { count: total.succeeded })],
    [t('statistics.summary.successRate'), percent(total.successRate)],
    [
      t('statistics.summary.amount'),
      t('statistics.summary.yuan', { amount: yuan(total.agreementAmountFen) }),
    ],
    [t('statistics.summary.persons'), t('statistics.summary.people', { count: total.persons })],
    [
      t('statistics.summary.screenings'),
      t('statistics.summary.times', { count: total.screenings ?? 0, found: total.screeningFound ?? 0 }),
    ],
  ]
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="stat-summary">
      {items.map(([label, value]) => (
        <Paper key={label} withBorder p="sm">
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text size="lg" fw={700}>
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
