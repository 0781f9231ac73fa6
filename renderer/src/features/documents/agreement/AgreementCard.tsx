/**
 * 调解协议书 on the case page: every version with its status, drawing up the first one, signing on
 * the spot, the issued PDF (download, print one copy per party plus one) and corrections.
 */
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFilePencil, IconPencil, IconPrinter, IconSignature } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../../domain/cases/case'
import type { CaseRecord } from '../../../domain/cases/records'
import type { Agreement, AgreementStatus } from '../../../domain/documents/agreement'
import { formatDate } from '../../shared/format'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { stepError, type StepError } from './agreement-errors'
import { CorrectModal } from './CorrectModal'
import { StepErrorAlert } from './StepErrorAlert'
import { SigningModal } from './SigningModal'

const STATUS_COLOR: Record<AgreementStatus, string> = {
  draft: 'gray',
  signed: 'blue',
  effective: 'green',
  superseded: 'orange',
}

export function AgreementCard({ caseData, records }: { caseData: Case; records: CaseRecord[] }) {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const { platform } = useServices()
  const mayUpdate = useCan('case:update')
  const maySeal = useCan('seal:apply')
  const list = useQuery(() => agreements.list(caseData.id), [caseData.id])
  const [signing, setSigning] = useState<string | null>(null)
  const [correcting, setCorrecting] = useState<Agreement | null>(null)
  const [error, setError] = useState<StepError | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const hasWritten = records.some((r) => r.kind === 'agreement' && r.data.form === 'written')
  const copies = caseData.parties.length + 1

  const guarded = async (key: string, work: () => Promise<void>) => {
    setBusy(key)
    setError(null)
    try {
      await work()
    } catch (err) {
      setError(stepError(err, t))
    } finally {
      setBusy(null)
    }
  }

  const draft = () =>
    guarded('draft', async () => {
      const a = await agreements.createDraft(caseData.id)
      setSigning(a.id)
    })

  const download = (a: Agreement) =>
    guarded(`download-${a.id}`, async () => {
      const file = await agreements.effectivePdf(a.id)
      await platform.saveFile({
        suggestedName: file.name,
        data: new Uint8Array(file.data),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
    })

  const print = (a: Agreement) =>
    guarded(`print-${a.id}`, async () => {
      const file = await agreements.effectivePdf(a.id)
      const result = await platform.printPdf(new Uint8Array(file.data), copies)
      if (result.status === 'printed')
        notifications.show({ color: 'green', message: t('agreements.printed', { copies }) })
    })

  if (list.status === 'error') return <QueryErrorAlert error={list.error} />
  const versions = list.data ?? []
  const hasOpen = versions.some((v) => v.status === 'draft' || v.status === 'signed')

  return (
    <Card withBorder data-testid="agreement-card">
      <Group justify="space-between" align="start" mb="xs">
        <div>
          <Title order={4}>{t('agreements.title')}</Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('agreements.intro')}
          </Text>
        </div>
        {mayUpdate && versions.length === 0 && hasWritten && (
          <Button
            leftSection={<IconFilePencil size={16} />}
            loading={busy === 'draft'}
            onClick={() => void draft()}
            data-testid="agreement-draft"
          >
            {t('agreements.draft')}
          </Button>
        )}
      </Group>
      {error && <StepErrorAlert error={error} />}
      {versions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {hasWritten ? t('agreements.none') : t('agreements.noRecord')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {versions.map((a) => (
              <Table.Tr key={a.id} data-testid={`agreement-version-${a.version}`}>
                <Table.Td>{t('agreements.version', { version: a.version })}</Table.Td>
                <Table.Td>
                  <Badge
                    color={STATUS_COLOR[a.status]}
                    variant="light"
                    data-testid={`agreement-status-${a.version}`}
                  >
                    {t(`agreements.status.${a.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {a.effectiveAt && (
                      <Text size="sm">
                        {t('agreements.effectiveOn', { date: formatDate(a.effectiveAt) })}
                      </Text>
                    )}
                    {a.supersededBy && (
                      <Text size="sm" c="orange">
                        {t('agreements.supersededBy', {
                          version: a.supersededBy.version,
                          date: formatDate(a.supersededBy.at),
                        })}
                      </Text>
                    )}
                    {a.supersedes && (
                      <Text size="sm" c="dimmed">
                        {t('agreements.supersedes', {
                          version: a.supersedes.version,
                          reason: a.supersedes.reason,
                        })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end">
                    {(a.status === 'draft' || a.status === 'signed') && (mayUpdate || maySeal) && (
                      <Button
                        size="xs"
                        leftSection={<IconSignature size={14} />}
                        onClick={() => setSigning(a.id)}
                        data-testid={`agreement-open-${a.version}`}
                      >
                        {t('agreements.open')}
                      </Button>
                    )}
                    {(a.status === 'effective' || a.status === 'superseded') && (
                      <>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconDownload size={14} />}
                          loading={busy === `download-${a.id}`}
                          onClick={() => void download(a)}
                          data-testid={`agreement-download-${a.version}`}
                        >
                          {t('agreements.download')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconPrinter size={14} />}
                          loading={busy === `print-${a.id}`}
                          onClick={() => void print(a)}
                        >
                          {t('agreements.print')}
                        </Button>
                      </>
                    )}
                    {a.status === 'effective' && mayUpdate && !hasOpen && (
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPencil size={14} />}
                        onClick={() => setCorrecting(a)}
                        data-testid={`agreement-correct-${a.version}`}
                      >
                        {t('agreements.correct')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SigningModal agreementId={signing} onClose={() => setSigning(null)} />
      <CorrectModal
        agreement={correcting}
        onClose={() => setCorrecting(null)}
        onCreated={(d) => {
          setCorrecting(null)
          setSigning(d.id)
        }}
      />
    </Card>
  )
}
