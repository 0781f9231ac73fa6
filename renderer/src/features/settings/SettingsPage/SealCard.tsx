/**
 * 印章: the administrator imports the committee's seal as a transparent PNG. The preview sits on a
 * checkerboard, so an opaque background shows at once; a file that is no transparent PNG of
 * sensible size is refused with the reason and nothing changes.
 */
import { Box, Button, Card, Group, Image, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRubberStamp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SEAL_MAX_BYTES } from '../../../domain/documents/png-image'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { ValidationError } from '../../../domain/shared/errors'
import { useBlobUrl } from '../../../components/use-blob-url'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ErrorAlert } from '../../../components/ErrorAlert'

const CHECKERBOARD = 'repeating-conic-gradient(#d9d9d9 0% 25%, #ffffff 0% 50%) 50% / 16px 16px'

export function SealCard() {
  const { t } = useTranslation()
  const { signing } = useRepositories()
  const { platform } = useServices()
  const status = useQuery(() => signing.status(), [])
  const image = useQuery(() => signing.sealImage(), [])
  const url = useBlobUrl(image.data ?? null, 'image/png')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const seal = status.data?.seal ?? null

  const importSeal = async () => {
    setError(null)
    const picked = await platform.openFile({
      filters: [{ name: 'PNG', extensions: ['png'] }],
      maxBytes: SEAL_MAX_BYTES,
    })
    if (picked.status === 'cancelled') return
    if (picked.status === 'too-large') {
      setError(t(SIGNING_MSG.sealTooLarge))
      return
    }
    setBusy(true)
    try {
      const size = await signing.importSeal(picked.data)
      notifications.show({ color: 'green', message: t('signing.sealImported', size) })
    } catch (err) {
      setError(
        t(err instanceof ValidationError ? (err.issues[0]?.message ?? 'errors.unknown') : 'errors.unknown'),
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder data-testid="seal-card">
      <Group justify="space-between" align="start">
        <Stack gap={4} maw={640}>
          <Title order={4}>{t('signing.sealTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('signing.sealIntro')}
          </Text>
          <Text size="sm" data-testid="seal-status">
            {seal
              ? t('signing.sealImported', { width: seal.width, height: seal.height })
              : t('signing.sealNone')}
          </Text>
        </Stack>
        <Stack align="center" gap="xs">
          {url && (
            <Box p="xs" style={{ background: CHECKERBOARD, borderRadius: 4 }}>
              <Image src={url} alt={t('signing.sealPreview')} h={120} w={120} fit="contain" />
            </Box>
          )}
          <Button
            leftSection={<IconRubberStamp size={16} />}
            variant="light"
            loading={busy}
            onClick={() => void importSeal()}
            data-testid="seal-import"
          >
            {seal ? t('signing.sealReplace') : t('signing.sealImport')}
          </Button>
        </Stack>
      </Group>
      <ErrorAlert message={error} testId="seal-error" mt="sm" />
    </Card>
  )
}
