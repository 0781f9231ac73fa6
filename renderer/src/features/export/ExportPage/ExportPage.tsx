/**
 * 导出: in a mediation room, making signed bundles for the district (with progress and cancel),
 * their history with upload receipts, and the room's certificate for the district to register; in a
 * district workspace, the district's side (rooms, imports, statistics across rooms).
 */
import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { UploadCard } from '../upload'
import { DistrictView } from '../DistrictView'
import { ExportHistoryCard } from './ExportHistoryCard'
import { ExportRequestCard } from './ExportRequestCard'
import { OwnCertificateCard } from './OwnCertificateCard'

export function ExportPage() {
  const { t } = useTranslation()
  const { exports } = useRepositories()
  const role = useQuery(() => exports.role(), [])
  if (role.status === 'error') return <QueryErrorAlert error={role.error} />
  if (!role.data) return <Text c="dimmed">{t('common.loading')}</Text>
  if (role.data === 'district') return <DistrictView />
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('export.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('export.intro')}
        </Text>
      </div>
      <ExportRequestCard />
      <ExportHistoryCard />
      <UploadCard />
      <OwnCertificateCard />
    </Stack>
  )
}
