/**
 * 待盖章 on the home screen of those who may seal: every signed agreement still waiting for the seal
 * or for 确认生效, with a count; each opens the signing screen at its next step, where the one who
 * seals can put it into effect at once.
 */
import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core'
import { IconRubberStamp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { formatDateTime } from '../../shared/format'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { SigningModal } from './SigningModal'

export function SealQueue() {
  const maySeal = useCan('seal:apply')
  return maySeal ? <SealQueueCard /> : null
}

function SealQueueCard() {
  const { t } = useTranslation()
  const { agreements } = useRepositories()
  const queue = useQuery(() => agreements.awaitingSeal(), [])
  const [open, setOpen] = useState<string | null>(null)
  if (queue.status === 'error') return <QueryErrorAlert error={queue.error} />
  const items = queue.data ?? []
  // The signing screen stays open once its agreement took effect and so left the queue.
  const modal = <SigningModal agreementId={open} onClose={() => setOpen(null)} />
  if (items.length === 0) return modal
  return (
    <Card withBorder data-testid="seal-queue" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Group gap="sm" mb="xs">
        <IconRubberStamp size={20} color="var(--mantine-color-red-7)" />
        <Title order={4}>{t('agreements.queueTitle')}</Title>
        <Badge color="red" size="lg" data-testid="seal-queue-count">
          {t('agreements.queueCount', { count: items.length })}
        </Badge>
      </Group>
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid={`seal-queue-item-${item.caseNo}`}>
              <Table.Td>
                <Text component={Link} to={`/cases/${item.caseId}`} size="sm" fw={600} c="blue">
                  {item.caseNo}
                </Text>{' '}
                <Text span size="sm">
                  {t('agreements.version', { version: item.version })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={item.sealed ? 'blue' : 'red'}>
                  {item.sealed ? t('agreements.queueSealed') : t('agreements.queueWaiting')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {item.handedOver
                    ? t('agreements.queueFrom', {
                        name: item.handedOver.byName,
                        time: formatDateTime(item.handedOver.at),
                      })
                    : formatDateTime(item.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }}>
                <Button
                  size="xs"
                  leftSection={<IconRubberStamp size={14} />}
                  onClick={() => setOpen(item.id)}
                  data-testid={`seal-queue-open-${item.version}`}
                >
                  {t('agreements.queueOpen')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {modal}
    </Card>
  )
}
