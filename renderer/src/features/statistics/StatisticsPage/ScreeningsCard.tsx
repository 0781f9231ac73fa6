/** 矛盾纠纷排查: the screening rounds of the period, and recording, editing or deleting one. */
import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { periodRange, type Period, type Screening } from '../../../domain/statistics'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useCan, useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { ScreeningModal } from './ScreeningModal'

export function ScreeningsCard({ period, today }: { period: Period; today: string }) {
  const { t } = useTranslation()
  const { statistics } = useRepositories()
  const canRecord = useCan('case:update')
  const [editing, setEditing] = useState<Screening | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Screening | null>(null)
  const list = useQuery(() => statistics.screenings(periodRange(period)), [period])

  const remove = async (s: Screening) => {
    setDeleting(null)
    try {
      await statistics.deleteScreening(s.id)
      notifications.show({ color: 'green', message: t('statistics.screening.deleted') })
    } catch {
      notifications.show({ color: 'red', message: t('errors.unknown') })
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="stat-screening-title">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} id="stat-screening-title">
            {t('statistics.screening.title')}
          </Title>
          {canRecord && (
            <Button size="xs" onClick={() => setEditing('new')}>
              {t('statistics.screening.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('statistics.screening.intro')}
        </Text>
        {list.status === 'error' && <QueryErrorAlert error={list.error} />}
        {list.data && list.data.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('statistics.screening.empty')}
          </Text>
        )}
        {list.data && list.data.length > 0 && (
          <Table fz="sm" verticalSpacing={4} data-testid="stat-screenings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statistics.screening.columns.date')}</Table.Th>
                <Table.Th>{t('statistics.screening.columns.area')}</Table.Th>
                <Table.Th ta="right">{t('statistics.screening.columns.found')}</Table.Th>
                <Table.Th>{t('statistics.screening.columns.notes')}</Table.Th>
                {canRecord && <Table.Th>{t('statistics.screening.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.date}</Table.Td>
                  <Table.Td>{s.area}</Table.Td>
                  <Table.Td ta="right">{s.found}</Table.Td>
                  <Table.Td>{s.notes}</Table.Td>
                  {canRecord && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>
                          {t('statistics.screening.edit')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setDeleting(s)}>
                          {t('statistics.screening.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ScreeningModal editing={editing} today={today} onClose={() => setEditing(null)} />
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('statistics.screening.delete')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('statistics.screening.confirmDelete', { date: deleting?.date ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => deleting && void remove(deleting)}>
              {t('statistics.screening.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}
