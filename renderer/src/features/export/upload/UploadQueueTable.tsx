/** The upload queue: one row per bundle with its state, attempts, next retry and receipt. */
import { Badge, Button, Code, Modal, Stack, Table, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UploadJob } from '../../../platform'
import { formatDateTime } from '../../shared/format'

const STATE_COLORS: Record<UploadJob['state'], string> = {
  queued: 'yellow',
  sending: 'blue',
  done: 'green',
  failed: 'red',
}

function LastError({ job }: { job: UploadJob }) {
  const { t } = useTranslation()
  const error = job.lastError
  if (error === null || job.state === 'done') return null
  const text =
    error.kind === 'http'
      ? t('upload.lastError.http', { status: error.status })
      : error.kind === 'network'
        ? t('upload.lastError.network', { code: error.code })
        : t('upload.lastError.local')
  return (
    <Text size="xs" c="dimmed">
      {text}
    </Text>
  )
}

const showBody = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body, null, 2))

export function UploadQueueTable({ jobs, onRetry }: { jobs: UploadJob[]; onRetry: (id: string) => void }) {
  const { t } = useTranslation()
  const [receiptOf, setReceiptOf] = useState<UploadJob | null>(null)

  return (
    <>
      <Table data-testid="upload-queue">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('upload.columns.name')}</Table.Th>
            <Table.Th>{t('upload.columns.created')}</Table.Th>
            <Table.Th>{t('upload.columns.attempts')}</Table.Th>
            <Table.Th>{t('upload.columns.nextRetry')}</Table.Th>
            <Table.Th>{t('upload.columns.state')}</Table.Th>
            <Table.Th>{t('upload.columns.receipt')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((job) => (
            <Table.Tr key={job.id}>
              <Table.Td>{job.name}</Table.Td>
              <Table.Td>{formatDateTime(job.createdAt)}</Table.Td>
              <Table.Td>{job.attempts}</Table.Td>
              <Table.Td>
                {job.state === 'queued' && job.nextAttemptAt ? formatDateTime(job.nextAttemptAt) : '—'}
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLORS[job.state]} variant="light">
                  {t(`upload.states.${job.state}`)}
                </Badge>
                <LastError job={job} />
              </Table.Td>
              <Table.Td>
                {job.receipt ? (
                  <Button size="compact-xs" variant="subtle" onClick={() => setReceiptOf(job)}>
                    {t('upload.viewReceipt', { status: job.receipt.status })}
                  </Button>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {(job.state === 'queued' || job.state === 'failed') && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconRefresh size={14} />}
                    onClick={() => onRetry(job.id)}
                  >
                    {t('upload.retryNow')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={receiptOf !== null}
        onClose={() => setReceiptOf(null)}
        title={receiptOf ? t('upload.receiptTitle', { name: receiptOf.name }) : ''}
        size="lg"
      >
        {receiptOf?.receipt && (
          <Stack gap="xs">
            <Text size="sm">
              {t('upload.receivedAt', { time: formatDateTime(receiptOf.receipt.receivedAt) })}
            </Text>
            <Code block data-testid="upload-receipt">
              {showBody(receiptOf.receipt.body)}
            </Code>
            {receiptOf.receipt.truncated && (
              <Text size="xs" c="dimmed">
                {t('upload.truncated')}
              </Text>
            )}
          </Stack>
        )}
      </Modal>
    </>
  )
}
