/**
 * 印章: the administrator imports the seal of each body that issues documents here — the
 * committee, each 行政机关, a 特邀调解组织 — as a transparent PNG. An agreement takes the seal of its
 * case's body, so each row says whether that body's seal is in. The preview sits on a
 * checkerboard, so an opaque background shows at once; a file that is no transparent PNG of
 * sensible size is refused with the reason and nothing changes.
 */
import { Card, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { SealRow } from './SealRow'

export function SealCard() {
  const { t } = useTranslation()
  const { signing } = useRepositories()
  const status = useQuery(() => signing.status(), [])
  return (
    <Card withBorder data-testid="seal-card">
      <Stack gap="sm">
        <Stack gap={4} maw={720}>
          <Title order={4}>{t('signing.sealTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('signing.sealIntro')}
          </Text>
        </Stack>
        {status.status === 'error' && <ErrorAlert message={t('errors.unknown')} />}
        {(status.data?.seals ?? []).map((body) => (
          <SealRow key={body.bodyId} body={body} />
        ))}
      </Stack>
    </Card>
  )
}
