/**
 * 机构证书: the certificate effective agreements are signed with — its subject, SHA-256 fingerprint
 * and validity; create a self-issued one here, or import a PKCS#12 file with its passphrase; hand
 * the public certificate (.cer) to whoever wants to check signatures elsewhere.
 */
import { Alert, Button, Card, Code, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCertificate, IconDownload, IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ValidationError } from '../../../domain/shared/errors'
import { formatDate } from '../../shared/format'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ErrorAlert } from '../../../components/ErrorAlert'

export function CertificateCard() {
  const { t } = useTranslation()
  const { signing } = useRepositories()
  const { platform } = useServices()
  const status = useQuery(() => signing.status(), [])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'create' | 'import' | null>(null)
  const [p12, setP12] = useState<{ name: string; data: Uint8Array } | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const cert = status.data?.certificate ?? null

  const guarded = async (which: 'create' | 'import', work: () => Promise<void>) => {
    setBusy(which)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(
        t(err instanceof ValidationError ? (err.issues[0]?.message ?? 'errors.unknown') : 'errors.unknown'),
      )
    } finally {
      setBusy(null)
    }
  }

  const create = () =>
    guarded('create', async () => {
      await signing.createSelfIssued()
      notifications.show({ color: 'green', message: t('signing.created') })
    })

  const chooseP12 = async () => {
    setError(null)
    const picked = await platform.openFile({
      filters: [{ name: 'PKCS#12', extensions: ['p12', 'pfx'] }],
      maxBytes: 1024 * 1024,
    })
    if (picked.status === 'opened') setP12({ name: picked.name, data: picked.data })
  }

  const importP12 = () =>
    guarded('import', async () => {
      if (!p12) return
      await signing.importPkcs12(p12.data, passphrase)
      setP12(null)
      setPassphrase('')
      notifications.show({ color: 'green', message: t('signing.imported') })
    })

  const downloadCert = async () => {
    const pem = await signing.certificatePem()
    if (!pem) return
    await platform.saveFile({
      suggestedName: 'organisation-certificate.cer',
      data: new TextEncoder().encode(pem),
      filters: [{ name: 'X.509', extensions: ['cer', 'pem'] }],
    })
  }

  return (
    <Card withBorder data-testid="certificate-card">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('signing.certTitle')}</Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('signing.certIntro')}
          </Text>
        </div>
        {cert ? (
          <Table variant="vertical" withTableBorder data-testid="certificate-details">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('signing.subject')}</Table.Th>
                <Table.Td>{cert.subject}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('signing.issuer')}</Table.Th>
                <Table.Td>{cert.issuer}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('signing.fingerprint')}</Table.Th>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }} data-testid="certificate-fingerprint">
                    {cert.fingerprintSha256}
                  </Code>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('signing.validity')}</Table.Th>
                <Table.Td>
                  {t('signing.validityRange', {
                    from: formatDate(cert.notBefore),
                    to: formatDate(cert.notAfter),
                  })}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('signing.source')}</Table.Th>
                <Table.Td>
                  {cert.source === 'pkcs12' ? t('signing.sourceImported') : t('signing.sourceSelf')}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        ) : (
          <Alert color="yellow" data-testid="certificate-none">
            {t('signing.certNone')}
          </Alert>
        )}
        {(status.data?.formerCertificates ?? 0) > 0 && (
          <Text size="sm" c="dimmed">
            {t('signing.former', { count: status.data?.formerCertificates ?? 0 })}
          </Text>
        )}
        <Group>
          <Button
            leftSection={<IconCertificate size={16} />}
            variant={cert ? 'default' : 'filled'}
            loading={busy === 'create'}
            onClick={() => void create()}
            title={cert ? t('signing.replaceHint') : undefined}
            data-testid="certificate-create"
          >
            {cert ? t('signing.replaceSelfIssued') : t('signing.createSelfIssued')}
          </Button>
          <Button
            leftSection={<IconFileImport size={16} />}
            variant="default"
            onClick={() => void chooseP12()}
          >
            {p12 ? p12.name : t('signing.chooseP12')}
          </Button>
          {cert && (
            <Button
              leftSection={<IconDownload size={16} />}
              variant="subtle"
              onClick={() => void downloadCert()}
            >
              {t('signing.downloadCert')}
            </Button>
          )}
        </Group>
        {p12 && (
          <Group align="end">
            <PasswordInput
              label={t('signing.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              w={280}
            />
            <Button loading={busy === 'import'} onClick={() => void importP12()}>
              {t('signing.import')}
            </Button>
          </Group>
        )}
        <ErrorAlert message={error} testId="certificate-error" />
      </Stack>
    </Card>
  )
}
