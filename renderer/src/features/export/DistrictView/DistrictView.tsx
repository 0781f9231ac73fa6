/**
 * The district office's export page: the rooms it accepts bundles from (by certificate), importing
 * bundles (many at once, each verified in full, with the exact reason for any refusal), the
 * statistics across rooms with drill-down by room, and the history of imports.
 */
import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCan } from '../../shared/services'
import { DistrictStatsCard } from './DistrictStatsCard'
import { ImportCard } from './ImportCard'
import { ImportsTable } from './ImportsTable'
import { RoomsCard } from './RoomsCard'

export function DistrictView() {
  const { t } = useTranslation()
  const manage = useCan('settings:manage')
  const read = useCan('statistics:read')
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('district.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('district.intro')}
        </Text>
      </div>
      {manage && <ImportCard />}
      {read && <DistrictStatsCard />}
      {manage && <RoomsCard />}
      {manage && <ImportsTable />}
    </Stack>
  )
}
