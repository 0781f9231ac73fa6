/** The cases a person is in, newest first, each linking to its case page. */
import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CaseSummary } from '../../../domain/cases/case'
import { formatDate } from '../../shared/format'

export function PersonCases({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation()
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('persons.cases')} ({cases.length})
      </Title>
      {cases.length === 0 ? (
        <Text c="dimmed">{t('persons.casesEmpty')}</Text>
      ) : (
        <Table aria-label={t('persons.cases')} data-testid="person-cases">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('persons.columns.caseNo')}</Table.Th>
              <Table.Th>{t('persons.columns.kind')}</Table.Th>
              <Table.Th>{t('persons.columns.status')}</Table.Th>
              <Table.Th>{t('persons.columns.createdAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${c.id}`}>
                    {c.caseNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`kind.${c.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`status.${c.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{formatDate(c.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  )
}
