/** The counsellor's clients: name or alias, status, watch list and follow-ups due, where they came from. */
import { Anchor, Badge, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { dueFollowUps, nextFollowUp, type CounsellingClient } from '../../../domain/counselling/client'
import { todayIso } from '../../../domain/shared/dates'
import { formatDateTime } from '../../shared/format'

export function ClientTable({ clients }: { clients: CounsellingClient[] }) {
  const { t } = useTranslation()
  const today = todayIso()
  return (
    <Table
      striped
      verticalSpacing="xs"
      aria-label={t('counselling.clients')}
      data-testid="counselling-clients"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('counselling.name')}</Table.Th>
          <Table.Th>{t('counselling.status')}</Table.Th>
          <Table.Th>{t('counselling.followUp')}</Table.Th>
          <Table.Th>{t('counselling.updatedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((c) => {
          const due = dueFollowUps(c.watch, today)
          const next = nextFollowUp(c.watch)
          return (
            <Table.Tr key={c.id} data-testid="counselling-client-row">
              <Table.Td>
                <Group gap={6}>
                  <Anchor component={Link} to={`/counselling/${c.id}`}>
                    {c.name}
                  </Anchor>
                  {c.isAlias && (
                    <Badge size="xs" variant="outline">
                      {t('counselling.alias')}
                    </Badge>
                  )}
                  {c.origin && (
                    <Badge size="xs" variant="light" color="grape">
                      {t('counselling.fromCase', { caseNo: c.origin.caseNo })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={c.status === 'closed' ? 'gray' : 'teal'} variant="light">
                    {t(c.status === 'closed' ? 'counselling.closed' : 'counselling.open')}
                  </Badge>
                  {c.watch.flagged && (
                    <Badge color="red" data-testid="watch-badge">
                      {t('counselling.watch')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {due.length > 0 ? (
                  <Badge color="orange" data-testid="follow-up-due">
                    {t('counselling.followUpDue', { date: due[0] })}
                  </Badge>
                ) : next ? (
                  <Text size="sm">{t('counselling.nextFollowUp', { date: next })}</Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(c.updatedAt)}</Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
