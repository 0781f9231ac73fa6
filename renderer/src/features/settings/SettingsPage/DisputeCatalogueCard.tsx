/**
 * The dispute-type catalogue's local sub-types (administrators): each is added under one of the 15
 * reported types, which statistics and the district bundle keep counting; a stored sub-type can be
 * renamed or retired, never deleted or moved to another type (the repository refuses both).
 */
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DISPUTE_TYPES, type DisputeType } from '../../../domain/cases/catalogues'
import type { DisputeSubtype } from '../../../domain/cases/dispute-catalogue'
import { useRepositories } from '../../shared/services'
import { rowIssues, type RowIssues } from './issue-map'

const NO_ISSUES: RowIssues = { byPath: {}, general: null }

export function DisputeCatalogueCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rows, setRows] = useState<DisputeSubtype[]>([])
  const [stored, setStored] = useState<ReadonlySet<string>>(new Set())
  const [issues, setIssues] = useState<RowIssues>(NO_ISSUES)
  const [busy, setBusy] = useState(false)

  const load = (list: DisputeSubtype[]) => {
    setRows(list.map((s) => ({ ...s })))
    setStored(new Set(list.map((s) => s.id)))
  }
  useEffect(() => {
    void settings.getDisputeCatalogue().then(load)
  }, [settings])

  const patch = (i: number, change: Partial<DisputeSubtype>) =>
    setRows((list) => list.map((s, j) => (j === i ? { ...s, ...change } : s)))
  const typeOptions = DISPUTE_TYPES.map((d) => ({ value: d, label: t(`disputeType.${d}`) }))

  const save = async () => {
    setBusy(true)
    setIssues(NO_ISSUES)
    try {
      load(await settings.setDisputeCatalogue(rows))
      notifications.show({ color: 'green', message: t('reporting.catalogue.saved') })
    } catch (err) {
      setIssues(rowIssues(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card withBorder data-testid="dispute-catalogue">
      <Title order={4}>{t('reporting.catalogue.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reporting.catalogue.hint')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" mb="sm">
          {t('reporting.catalogue.empty')}
        </Text>
      ) : (
        <Table mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reporting.catalogue.label')}</Table.Th>
              <Table.Th>{t('reporting.catalogue.parent')}</Table.Th>
              <Table.Th>{t('reporting.catalogue.retired')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s, i) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <TextInput
                    aria-label={t('reporting.catalogue.label')}
                    value={s.label}
                    onChange={(e) => patch(i, { label: e.currentTarget.value })}
                    error={issues.byPath[`${i}.label`] ?? issues.byPath[`${i}.id`]}
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
                      error={issues.byPath[`${i}.parent`]}
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
          </Table.Tbody>
        </Table>
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
              { id: crypto.randomUUID(), label: '', parent: 'other', retired: false },
            ])
          }
        >
          {t('reporting.catalogue.add')}
        </Button>
        <Button onClick={() => void save()} loading={busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  )
}
