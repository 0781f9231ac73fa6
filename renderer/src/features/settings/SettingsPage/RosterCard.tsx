/**
 * 组织队伍 (administrators): the people's mediation committees a 司法所 supervises, by type, with
 * their 专职 and 兼职 mediators — the figures its statistics table reports beside the cases.
 */
import { ActionIcon, NumberInput, Select, Table, Text, TextInput } from '@mantine/core'
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
import { RowsCard, useRowsSave } from './RowsCard'

type Committee = Roster['committees'][number]

export function RosterCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rows, setRows] = useState<Committee[]>([])

  useEffect(() => {
    void settings.getRoster().then((r) => setRows(r.committees.map((c) => ({ ...c }))))
  }, [settings])

  const state = useRowsSave(async () => {
    const saved = await settings.setRoster({ committees: rows })
    setRows(saved.committees.map((c) => ({ ...c })))
  }, t('reporting.roster.saved'))
  const patch = (i: number, change: Partial<Committee>) =>
    setRows((list) => list.map((c, j) => (j === i ? { ...c, ...change } : c)))
  const count = (v: string | number) => (typeof v === 'number' ? v : Number.NaN)
  const at = (i: number, field: string) => state.issues.byPath[`committees.${i}.${field}`]
  const totals = rosterCounts({ committees: rows.filter((c) => Number.isFinite(c.fullTime + c.partTime)) })
  const headcount = (i: number, c: Committee, field: 'fullTime' | 'partTime') => (
    <NumberInput
      aria-label={t(`reporting.roster.${field}`)}
      min={0}
      allowDecimal={false}
      value={c[field]}
      onChange={(v) => patch(i, { [field]: count(v) })}
      error={at(i, field)}
    />
  )

  return (
    <RowsCard
      testId="roster"
      title={t('reporting.roster.title')}
      hint={t('reporting.roster.hint')}
      empty={t('reporting.roster.empty')}
      headers={[
        t('reporting.roster.name'),
        t('reporting.roster.type'),
        t('reporting.roster.fullTime'),
        t('reporting.roster.partTime'),
        '',
      ]}
      addLabel={t('reporting.roster.add')}
      onAdd={() =>
        setRows((list) => [
          ...list,
          { id: crypto.randomUUID(), name: '', type: 'community', fullTime: 0, partTime: 0 },
        ])
      }
      state={state}
      footer={
        <Text size="sm" mb="sm" data-testid="roster-totals">
          {t('reporting.roster.totals', {
            committees: totals.committees,
            fullTime: totals.fullTime,
            partTime: totals.partTime,
          })}
        </Text>
      }
      rows={rows.map((c, i) => (
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
              data={COMMITTEE_TYPES.map((k) => ({ value: k, label: t(`reporting.roster.types.${k}`) }))}
              value={c.type}
              allowDeselect={false}
              onChange={(v) => v && patch(i, { type: v as CommitteeType })}
              error={at(i, 'type')}
            />
          </Table.Td>
          <Table.Td>{headcount(i, c, 'fullTime')}</Table.Td>
          <Table.Td>{headcount(i, c, 'partTime')}</Table.Td>
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
    />
  )
}
