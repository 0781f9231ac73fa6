/**
 * The dispute-type catalogue's local sub-types (administrators): each is added under one of the 15
 * reported types, which statistics and the district bundle keep counting; a stored sub-type can be
 * renamed or retired, never deleted or moved to another type (the repository refuses both).
 */
import { Badge, Checkbox, Group, Select, Table, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DISPUTE_TYPES, type DisputeType } from '../../../domain/cases/catalogues'
import type { DisputeSubtype } from '../../../domain/cases/dispute-catalogue'
import { useRepositories } from '../../shared/services'
import { RowsCard, useRowsSave } from './RowsCard'

export function DisputeCatalogueCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rows, setRows] = useState<DisputeSubtype[]>([])
  const [stored, setStored] = useState<ReadonlySet<string>>(new Set())

  const load = (list: DisputeSubtype[]) => {
    setRows(list.map((s) => ({ ...s })))
    setStored(new Set(list.map((s) => s.id)))
  }
  useEffect(() => {
    void settings.getDisputeCatalogue().then(load)
  }, [settings])

  const state = useRowsSave(
    async () => load(await settings.setDisputeCatalogue(rows)),
    t('reporting.catalogue.saved'),
  )
  const { byPath } = state.issues
  const patch = (i: number, change: Partial<DisputeSubtype>) =>
    setRows((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)))
  const typeOptions = DISPUTE_TYPES.map((d) => ({ value: d, label: t(`disputeType.${d}`) }))

  return (
    <RowsCard
      testId="dispute-catalogue"
      title={t('reporting.catalogue.title')}
      hint={t('reporting.catalogue.hint')}
      empty={t('reporting.catalogue.empty')}
      headers={[
        t('reporting.catalogue.label'),
        t('reporting.catalogue.parent'),
        t('reporting.catalogue.retired'),
      ]}
      addLabel={t('reporting.catalogue.add')}
      onAdd={() =>
        setRows((list) => [...list, { id: crypto.randomUUID(), label: '', parent: 'other', retired: false }])
      }
      state={state}
      rows={rows.map((s, i) => (
        <Table.Tr key={s.id}>
          <Table.Td>
            <TextInput
              aria-label={t('reporting.catalogue.label')}
              value={s.label}
              onChange={(e) => patch(i, { label: e.currentTarget.value })}
              error={byPath[`${i}.label`] ?? byPath[`${i}.id`]}
            />
          </Table.Td>
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Select
                aria-label={t('reporting.catalogue.parent')}
                data={typeOptions}
                value={s.parent}
                allowDeselect={false}
                disabled={stored.has(s.id)}
                onChange={(v) => v && patch(i, { parent: v as DisputeType })}
                error={byPath[`${i}.parent`]}
              />
              {!stored.has(s.id) && (
                <Badge variant="light" color="gray">
                  {t('reporting.catalogue.newBadge')}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Checkbox
              aria-label={`${t('reporting.catalogue.retired')} ${s.label}`}
              checked={s.retired}
              onChange={(e) => patch(i, { retired: e.currentTarget.checked })}
            />
          </Table.Td>
        </Table.Tr>
      ))}
    />
  )
}
