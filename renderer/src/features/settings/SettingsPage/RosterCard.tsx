/**
 * 组织队伍 (administrators): the people's mediation committees a 司法所 supervises, by type, with
 * their 专职 and 兼职 mediators — the figures its statistics table reports beside the cases.
 */
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  COMMITTEE_TYPES,
  rosterCounts,
  type CommitteeType,
  type Roster,
} from '../../../domain/statistics/settings'
import { useRepositories } from '../../shared/services'
import { rowIssues, type RowIssues } from './issue-map'

type Committee = Roster['committees'][number]
const NO_ISSUES: RowIssues = { byPath: {}, general: null }

export function RosterCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rows, setRows] = useState<Committee[]>([])
  const [issues, setIssues] = useState<RowIssues>(NO_ISSUES)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void settings.getRoster().then((r) => setRows(r.committees.map((c) => ({ ...c }))))
  }, [settings])

  const patch = (i: number, change: Partial<Committee>) =>
    setRows((list) => list.map((c, j) => (j === i ? { ...c, ...change } : c)))
  const count = (v: string | number) => (typeof v === 'number' ? v : Number.NaN)
  const at = (i: number, field: string) => issues.byPath[`committees.${i}.${field}`]

  const save = async () => {
    setBusy(true)
    setIssues(NO_ISSUES)
    try {
      const saved = await settings.setRoster({ committees: rows })
      setRows(saved.committees.map((c) => ({ ...c })))
      notifications.show({ color: 'green', message: t('reporting.roster.saved') })
    } catch (err) {
      setIssues(rowIssues(err, t))
    } finally {
      setBusy(false)
    }
  }
  const totals = rosterCounts({ committees: rows.filter((c) => Number.isFinite(c.fullTime + c.partTime)) })

  return (
    <Card withBorder data-testid="roster">
      <Title order={4}>{t('reporting.roster.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reporting.roster.hint')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" mb="sm">
          {t('reporting.roster.empty')}
        </Text>
      ) : (
        <Table mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reporting.roster.name')}</Table.Th>
              <Table.Th>{t('reporting.roster.type')}</Table.Th>
              <Table.Th>{t('reporting.roster.fullTime')}</Table.Th>
              <Table.Th>{t('reporting.roster.partTime')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c, i) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <TextInput
                    aria-label={t('reporting.roster.name')}
                    value={c.name}
                    onChange={(e) => patch(i, { name: e.currentTarget.value })}
                    error={at(i, 'name')}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('reporting.roster.type')}
                    data={COMMITTEE_TYPES.map((k) => ({
                      value: k,
                      label: t(`reporting.roster.types.${k}`),
                    }))}
                    value={c.type}
                    allowDeselect={false}
                    onChange={(v) => v && patch(i, { type: v as CommitteeType })}
                    error={at(i, 'type')}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('reporting.roster.fullTime')}
                    min={0}
                    allowDecimal={false}
                    value={c.fullTime}
                    onChange={(v) => patch(i, { fullTime: count(v) })}
                    error={at(i, 'fullTime')}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('reporting.roster.partTime')}
                    min={0}
                    allowDecimal={false}
                    value={c.partTime}
                    onChange={(v) => patch(i, { partTime: count(v) })}
                    error={at(i, 'partTime')}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('reporting.roster.remove', { name: c.name })}
                    onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > 0 && (
        <Text size="sm" mb="sm" data-testid="roster-totals">
          {t('reporting.roster.totals', {
            committees: totals.committees,
            fullTime: totals.fullTime,
            partTime: totals.partTime,
          })}
        </Text>
      )}
      {issues.general && (
        <Alert color="red" mb="sm" role="alert">
          {issues.general}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          onClick={() =>
            setRows((list) => [
              ...list,
              { id: crypto.randomUUID(), name: '', type: 'community', fullTime: 0, partTime: 0 },
            ])
          }
        >
          {t('reporting.roster.add')}
        </Button>
        <Button onClick={() => void save()} loading={busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  )
}
