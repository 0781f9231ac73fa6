/** The room's certificate for the district to register: its fingerprint, and a .pem to hand over. */
import { Button, Card, Code, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatFingerprint, parseCertificate } from '../../../domain/export/certificate'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

export function OwnCertificateCard() {
  const { t } = useTranslation()
  const { exports, signing } = useRepositories()
  const { platform } = useServices()
  const pem = useQuery(() => signing.certificatePem(), [])
  const fingerprint = pem.data ? formatFingerprint(parseCertificate(pem.data).fingerprint) : null

  const save = async () => {
    const text = await exports.exportCertificate()
    const saved = await platform.saveFile({
      suggestedName: 'room-certificate.pem',
      data: new TextEncoder().encode(text),
      filters: [{ name: 'PEM', extensions: ['pem', 'cer'] }],
    })
    if (saved.status === 'saved')
      notifications.show({ color: 'green', message: t('export.certificate.saved', { path: saved.path }) })
  }

  return (
    <Card withBorder data-testid="own-certificate">
      <Stack gap="xs">
        <Title order={4}>{t('export.certificate.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('export.certificate.intro')}
        </Text>
        {fingerprint ? (
          <>
            <Text size="sm">
              {t('export.certificate.fingerprint')}
              <Code data-testid="own-fingerprint">{fingerprint}</Code>
            </Text>
            <div>
              <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void save()}>
                {t('export.certificate.save')}
              </Button>
            </div>
          </>
        ) : (
          <Text size="sm">{pem.status === 'ready' ? t('export.certificate.none') : t('common.loading')}</Text>
        )}
      </Stack>
    </Card>
  )
}
