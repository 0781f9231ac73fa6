/**
 * The exports made here, newest first: when, which period, changes or everything, how many cases,
 * whether identified (with its legal basis), the file, and the district's receipt. Receipts the
 * upload queue has received are filed into the history as they arrive (matched by the zip's hash).
 */
import { Badge, Card, Table, Text, Title, Tooltip } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportHistoryItem } from '../../../data'
import type { UploadJob } from '../../../platform'
import { formatDateTime } from '../../shared/format'
import { useRepositories, useServices } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

/** A receipt's words: the reference a district's server typically returns, else its text. */
function receiptReference(body: unknown): string {
  if (body && typeof body === 'object') {
    const fields = body as Record<string, unknown>
    for (const key of ['receipt', 'reference', 'id', 'receiptId', 'message']) {
      if (typeof fields[key] === 'string' || typeof fields[key] === 'number') return String(fields[key])
    }
  }
  return (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 200)
}

function useReceiptSync(history: ExportHistoryItem[] | undefined) {
  const { exports } = useRepositories()
  const { upload } = useServices().platform
  useEffect(() => {
    if (!history?.some((h) => !h.receipt) || !upload.available) return
    let live = true
    void upload.list().then(async ({ jobs }) => {
      const done = new Map(
        jobs.filter((j: UploadJob) => j.state === 'done' && j.receipt).map((j) => [j.sha256, j]),
      )
      for (const item of history) {
        const job = done.get(item.sha256)
        if (!live || item.receipt || !job?.receipt) continue
        await exports.attachReceipt(item.id, {
          at: job.receipt.receivedAt,
          reference: receiptReference(job.receipt.body),
          endpoint: '',
        })
      }
    })
    return () => {
      live = false
    }
  }, [history, exports, upload])
}

export function ExportHistoryCard() {
  const { t } = useTranslation()
  const { exports } = useRepositories()
  const history = useQuery(() => exports.history(), [])
  useReceiptSync(history.data)
  const items = history.data ?? []
  return (
    <Card withBorder data-testid="export-history">
      <Title order={4} mb="xs">
        {t('export.history.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('export.history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('export.history.createdAt')}</Table.Th>
                <Table.Th>{t('export.history.period')}</Table.Th>
                <Table.Th>{t('export.history.scope')}</Table.Th>
                <Table.Th>{t('export.history.cases')}</Table.Th>
                <Table.Th>{t('export.history.identified')}</Table.Th>
                <Table.Th>{t('export.history.file')}</Table.Th>
                <Table.Th>{t('export.history.receipt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{formatDateTime(h.createdAt)}</Table.Td>
                  <Table.Td>{h.period.key}</Table.Td>
                  <Table.Td>{h.since ? t('export.history.incremental') : t('export.history.full')}</Table.Td>
                  <Table.Td>{h.cases}</Table.Td>
                  <Table.Td>
                    {h.identified ? (
                      <Tooltip
                        label={t('export.history.legalBasis', { basis: h.legalBasis ?? '' })}
                        multiline
                        w={320}
                      >
                        <Badge color="orange">{t('export.history.identified')}</Badge>
                      </Tooltip>
                    ) : (
                      <Badge color="gray" variant="light">
                        {t('export.history.deidentified')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{h.fileName}</Table.Td>
                  <Table.Td>
                    {h.receipt ? (
                      <Tooltip label={t('export.history.receiptAt', { at: formatDateTime(h.receipt.at) })}>
                        <Text size="sm">{h.receipt.reference}</Text>
                      </Tooltip>
                    ) : (
                      t('export.history.noReceipt')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  )
}
