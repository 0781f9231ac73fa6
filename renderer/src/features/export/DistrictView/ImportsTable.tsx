/** Every bundle imported here: when, from which room, which period, and what it changed. */
import { Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../shared/format'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'

export function ImportsTable() {
  const { t } = useTranslation()
  const { district } = useRepositories()
  const imports = useQuery(() => district.imports(), [])
  const items = imports.data ?? []
  return (
    <Card withBorder data-testid="district-imports">
      <Title order={4} mb="xs">
        {t('district.imports.title')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('district.imports.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('district.imports.importedAt')}</Table.Th>
                <Table.Th>{t('district.imports.room')}</Table.Th>
                <Table.Th>{t('district.imports.period')}</Table.Th>
                <Table.Th>{t('district.imports.cases')}</Table.Th>
                <Table.Th>{t('district.imports.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{formatDateTime(i.importedAt)}</Table.Td>
                  <Table.Td>{i.roomName}</Table.Td>
                  <Table.Td>{i.period.key}</Table.Td>
                  <Table.Td>{i.cases}</Table.Td>
                  <Table.Td>
                    {i.added} / {i.updated} / {i.unchanged}
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
