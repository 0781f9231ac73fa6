/**
 * Statistics across rooms: a period, the summary and the table by dispute type for all rooms or one,
 * and one row per room — choosing a room drills down to its numbers and its (pseudonymous) cases.
 */
import { Anchor, Badge, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { todayIso } from '../../../domain/shared/dates'
import { periodContaining, type Period } from '../../../domain/statistics'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { MeasuresTable } from '../../../components/MeasuresTable'
import { PeriodPicker } from '../../../components/PeriodPicker'
import { SummaryCards } from '../../../components/SummaryCards'
import { groupLabel, percent, periodLabel, yuan } from '../../../components/stat-labels'

const NO_MEDIATORS = new Map<string, string>()

export function DistrictStatsCard() {
  const { t } = useTranslation()
  const { district } = useRepositories()
  const today = todayIso()
  const [period, setPeriod] = useState<Period>(() => periodContaining('year', today))
  const [roomId, setRoomId] = useState<string | null>(null)
  const key = JSON.stringify(period)
  const byRoom = useQuery(() => district.statisticsByRoom(period), [key])
  const table = useQuery(() => district.statistics(period, roomId, 'disputeType'), [key, roomId])
  const cases = useQuery(() => (roomId ? district.cases(roomId, 50) : Promise.resolve(null)), [roomId])
  const rooms = byRoom.data ?? []
  const roomName = rooms.find((r) => r.roomId === roomId)?.name ?? ''

  return (
    <Card withBorder data-testid="district-stats">
      <Stack gap="sm">
        <Title order={4}>{t('district.stats.title')}</Title>
        <Group align="end">
          <PeriodPicker
            key={period.kind === 'custom' ? 'custom' : key}
            value={period}
            today={today}
            onChange={setPeriod}
          />
          <Select
            label={t('district.stats.room')}
            data={[
              { value: '', label: t('district.stats.allRooms') },
              ...rooms.map((r) => ({ value: r.roomId, label: r.name })),
            ]}
            value={roomId ?? ''}
            allowDeselect={false}
            onChange={(v) => setRoomId(v || null)}
            w={240}
          />
        </Group>
        {(byRoom.status === 'error' || table.status === 'error') && (
          <QueryErrorAlert
            error={byRoom.status === 'error' ? byRoom.error : table.status === 'error' ? table.error : null}
          />
        )}
        <Title order={5}>
          {periodLabel(period, t)} · {roomId ? roomName : t('district.stats.allRooms')}
        </Title>
        {table.data && <SummaryCards total={table.data.total} />}
        <Title order={5}>{t('district.stats.byRoom')}</Title>
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" striped data-testid="district-by-room">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('district.stats.room')}</Table.Th>
                <Table.Th>{t('district.stats.cases')}</Table.Th>
                <Table.Th>{t('statistics.measures.received')}</Table.Th>
                <Table.Th>{t('statistics.measures.succeeded')}</Table.Th>
                <Table.Th>{t('statistics.measures.successRate')}</Table.Th>
                <Table.Th>{t('statistics.measures.agreementAmountFen')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooms.map((r) => (
                <Table.Tr
                  key={r.roomId}
                  bg={r.roomId === roomId ? 'var(--mantine-color-blue-light)' : undefined}
                >
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{r.cases}</Table.Td>
                  <Table.Td>{r.total.received}</Table.Td>
                  <Table.Td>{r.total.succeeded}</Table.Td>
                  <Table.Td>{percent(r.total.successRate)}</Table.Td>
                  <Table.Td>{yuan(r.total.agreementAmountFen)}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" size="sm" onClick={() => setRoomId(r.roomId)}>
                      {t('district.stats.drill')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {table.data && (
          <>
            <Title order={5}>{t('district.stats.byType')}</Title>
            <MeasuresTable
              table={table.data}
              caption={`${periodLabel(period, t)} · ${roomId ? roomName : t('district.stats.allRooms')}`}
              groupHeader={t('statistics.groupBy.disputeType')}
              labelOf={(k) => groupLabel('disputeType', k, t, NO_MEDIATORS)}
              onDrill={null}
            />
          </>
        )}
        {cases.data && (
          <>
            <Title order={5}>
              {t('district.stats.casesTitle', {
                name: roomName,
                shown: cases.data.items.length,
                total: cases.data.total,
              })}
            </Title>
            {cases.data.items.length === 0 ? (
              <Text c="dimmed">{t('district.stats.noCases')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table fz="sm" striped data-testid="district-cases">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('district.stats.caseId')}</Table.Th>
                      <Table.Th>{t('cases.columns.disputeType')}</Table.Th>
                      <Table.Th>{t('cases.columns.status')}</Table.Th>
                      <Table.Th>{t('cases.columns.createdAt')}</Table.Th>
                      <Table.Th>{t('district.stats.parties')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {cases.data.items.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Text ff="monospace" size="xs">
                            {c.id}
                          </Text>
                        </Table.Td>
                        <Table.Td>{t(`disputeType.${c.disputeType}`)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light">{t(`status.${c.status}`)}</Badge>
                        </Table.Td>
                        <Table.Td>{c.registeredOn}</Table.Td>
                        <Table.Td>
                          {c.parties.map((p) => `${p.label}（${p.district || '—'}）`).join('、')}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
    </Card>
  )
}
