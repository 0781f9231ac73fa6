/** One issuing body's seal on the 印章 card: its name and type, whether its seal is in, the preview, import. */
import { Badge, Box, Button, Group, Image, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRubberStamp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BodySeal } from '../../../data'
import { SEAL_MAX_BYTES } from '../../../domain/documents/png-image'
import { SIGNING_MSG } from '../../../domain/documents/signing-messages'
import { COMMITTEE_ID } from '../../../domain/organisation/issuing-bodies'
import { ValidationError } from '../../../domain/shared/errors'
import { useBlobUrl } from '../../../components/use-blob-url'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

const CHECKERBOARD = 'repeating-conic-gradient(#d9d9d9 0% 25%, #ffffff 0% 50%) 50% / 16px 16px'

export function SealRow({ body }: { body: BodySeal }) {
  const { t } = useTranslation()
  const { signing } = useRepositories()
  const { platform } = useServices()
  const image = useQuery(() => signing.sealImage(body.bodyId), [body.bodyId])
  const url = useBlobUrl(image.data ?? null, 'image/png')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // The committee's row keeps the ids it always had; the others carry their body's id.
  const id = (name: string) => (body.bodyId === COMMITTEE_ID ? name : `${name}-${body.bodyId}`)
  const seal = body.seal

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
      const size = await signing.importSeal(picked.data, body.bodyId)
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
    <Box
      data-testid={`seal-row-${body.bodyId}`}
      pt="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{body.name}</Text>
            <Badge variant="light" color="gray">
              {t(`signing.bodyTypes.${body.type}`)}
            </Badge>
          </Group>
          <Text size="sm" data-testid={id('seal-status')} c={seal ? undefined : 'orange'}>
            {seal
              ? t('signing.sealImported', { width: seal.width, height: seal.height })
              : t('signing.sealNone')}
          </Text>
        </Stack>
        <Group align="center" gap="sm">
          {url && (
            <Box p={4} style={{ background: CHECKERBOARD, borderRadius: 4 }}>
              <Image
                src={url}
                alt={t('signing.sealPreviewOf', { name: body.name })}
                h={88}
                w={88}
                fit="contain"
              />
            </Box>
          )}
          <Button
            leftSection={<IconRubberStamp size={16} />}
            variant="light"
            loading={busy}
            onClick={() => void importSeal()}
            data-testid={id('seal-import')}
            aria-label={t(seal ? 'signing.sealReplaceFor' : 'signing.sealImportFor', { name: body.name })}
          >
            {seal ? t('signing.sealReplace') : t('signing.sealImport')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert message={error} testId={id('seal-error')} mt="sm" />
    </Box>
  )
}
