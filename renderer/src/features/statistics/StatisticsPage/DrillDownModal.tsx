/** The cases behind one number: case numbers linking to each case, with parties, type and status. */
import { Anchor, Badge, Modal, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { GroupBy, Period } from '../../../domain/statistics'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import type { DrillRequest } from '../../../components/MeasuresTable'
import { measureLabel } from '../../../components/stat-labels'

interface Props {
  period: Period
  groupBy: GroupBy
  request: DrillRequest | null
  onClose: () => void
}

function DrillList({ period, groupBy, request }: Omit<Props, 'onClose'> & { request: DrillRequest }) {
  const { t } = useTranslation()
  const { statistics } = useRepositories()
  const group = request.groupKey === null ? null : { groupBy, key: request.groupKey }
  const result = useQuery(
    () => statistics.drillDown(period, request.measure, group),
    [period, groupBy, request],
  )
  if (result.status === 'error') return <QueryErrorAlert error={result.error} />
  if (!result.data) return <Text c="dimmed">{t('common.loading')}</Text>
  const { items, total } = result.data
  if (!items.length) return <Text c="dimmed">{t('statistics.drill.empty')}</Text>
  return (
    <>
      {total > items.length && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('statistics.drill.more', { shown: items.length, total })}
        </Text>
      )}
      <Table striped verticalSpacing={4} fz="sm" data-testid="stat-drill-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.columns.caseNo')}</Table.Th>
            <Table.Th>{t('cases.columns.parties')}</Table.Th>
            <Table.Th>{t('cases.columns.disputeType')}</Table.Th>
            <Table.Th>{t('cases.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${c.id}`}>
                  {c.caseNo}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.partyNames.join('、')}</Table.Td>
              <Table.Td>{t(`disputeType.${c.disputeType}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`status.${c.status}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}

export function DrillDownModal({ period, groupBy, request, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={request !== null}
      onClose={onClose}
      size="xl"
      title={
        request
          ? t('statistics.drill.title', {
              measure: measureLabel(request.measure, t),
              group: request.groupLabel,
            })
          : ''
      }
    >
      {request && <DrillList period={period} groupBy={groupBy} request={request} />}
    </Modal>
  )
}
