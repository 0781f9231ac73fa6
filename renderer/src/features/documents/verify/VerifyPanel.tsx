/**
 * 核验: any PDF in, one clear answer out — an unaltered agreement issued here (number and date),
 * superseded (by which version, when), altered after signing (and how), or not ours / not a PDF.
 */
import { Alert, Button, Card, Code, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconFileSearch, IconHelpCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgreementVerdict } from '../../../data'
import { formatDate, formatDateTime } from '../../shared/format'
import { useRepositories, useServices } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'

const MAX_PDF_BYTES = 50 * 1024 * 1024
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`

function Verdict({ verdict }: { verdict: AgreementVerdict }) {
  const { t } = useTranslation()
  switch (verdict.verdict) {
    case 'valid':
      return (
        <Alert color="green" icon={<IconCircleCheck />} data-testid="verify-verdict" data-verdict="valid">
          {t('verify.valid', {
            caseNo: verdict.caseNo,
            version: verdict.version,
            date: formatDate(verdict.issuedAt),
          })}
        </Alert>
      )
    case 'superseded':
      return (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          data-testid="verify-verdict"
          data-verdict="superseded"
        >
          {t('verify.superseded', {
            caseNo: verdict.caseNo,
            version: verdict.version,
            date: formatDate(verdict.issuedAt),
            newVersion: verdict.supersededBy.version,
            newDate: formatDate(verdict.supersededBy.at),
          })}
        </Alert>
      )
    case 'altered':
      return (
        <Alert color="red" icon={<IconAlertTriangle />} data-testid="verify-verdict" data-verdict="altered">
          <Stack gap={4}>
            <Text fw={600}>{t(`verify.altered.${verdict.reason}`)}</Text>
            {verdict.claimed && <Text size="sm">{t('verify.claimed', { claimed: verdict.claimed })}</Text>}
            {verdict.signedAt && (
              <Text size="sm">{t('verify.signedAt', { date: formatDateTime(verdict.signedAt) })}</Text>
            )}
          </Stack>
        </Alert>
      )
    case 'unknown':
      return (
        <Alert color="red" icon={<IconHelpCircle />} data-testid="verify-verdict" data-verdict="unknown">
          {t(`verify.unknown.${verdict.reason}`)}
        </Alert>
      )
    case 'not-a-pdf':
      return (
        <Alert color="red" icon={<IconHelpCircle />} data-testid="verify-verdict" data-verdict="not-a-pdf">
          {t('verify.notPdf')}
        </Alert>
      )
  }
}

export function VerifyPanel() {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const { platform } = useServices()
  const [result, setResult] = useState<{ name: string; verdict: AgreementVerdict } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const choose = async () => {
    setError(null)
    const picked = await platform.openFile({
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      maxBytes: MAX_PDF_BYTES,
    })
    if (picked.status === 'cancelled') return
    if (picked.status === 'too-large') {
      setResult(null)
      setError(
        t('platform.tooLarge', {
          name: picked.name,
          size: megabytes(picked.size),
          limit: megabytes(picked.limit),
        }),
      )
      return
    }
    setBusy(true)
    try {
      setResult({ name: picked.name, verdict: await agreements.verify(picked.data) })
    } catch {
      setResult(null)
      setError(t('agreements.errors.failed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder data-testid="verify-panel">
      <Stack gap="sm">
        <Title order={4}>{t('verify.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('verify.intro')}
        </Text>
        <div>
          <Button
            leftSection={<IconFileSearch size={16} />}
            loading={busy}
            onClick={() => void choose()}
            data-testid="verify-choose"
          >
            {t('verify.choose')}
          </Button>
        </div>
        <ErrorAlert message={error} />
        {result && (
          <Stack gap="xs">
            <Text size="sm">{t('verify.file', { name: result.name })}</Text>
            <Verdict verdict={result.verdict} />
            <Code block style={{ wordBreak: 'break-all' }}>
              {t('verify.sha256', { sha: result.verdict.sha256 })}
            </Code>
          </Stack>
        )}
      </Stack>
    </Card>
  )
}
