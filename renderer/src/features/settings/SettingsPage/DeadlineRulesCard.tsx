/**
 * The administrator's deadline rules (办理期限): one row per kind, sector and purpose, with its start
 * event; the length and unit are editable. Checked with the domain schema before saving, and the
 * repository checks again.
 */
import { Button, Card, Group, NumberInput, Select, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  DEADLINE_UNITS,
  deadlineRulesSchema,
  type DeadlineRule,
  type DeadlineUnit,
} from '../../../domain/deadlines/rules'
import { ValidationError } from '../../../domain/shared/errors'
import { useRepositories } from '../../shared/services'
import { ErrorAlert } from '../../../components/ErrorAlert'

/** A rule as edited: the length may be empty or half-typed while the administrator types. */
type Row = Omit<DeadlineRule, 'length'> & { length: number | string }

const toRules = (rows: Row[]): unknown[] =>
  rows.map((r) => ({
    ...r,
    length: typeof r.length === 'number' ? r.length : r.length === '' ? undefined : Number(r.length),
  }))

/** Issue paths such as "3.length" → { 3: message key } (the first issue per row). */
function errorsByRow(issues: { path: string; message: string }[]): Record<number, string> {
  const errors: Record<number, string> = {}
  for (const issue of issues) {
    const row = Number(issue.path.split('.')[0])
    if (Number.isInteger(row) && errors[row] === undefined) errors[row] = issue.message
  }
  return errors
}

export function DeadlineRulesCard() {
  const { t } = useTranslation()
  const { settings } = useRepositories()
  const [rows, setRows] = useState<Row[] | null>(null)
  const [errors, setErrors] = useState<Record<number, string>>({})
  const [failed, setFailed] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void settings.getDeadlineRules().then(setRows)
  }, [settings])

  const update = (index: number, patch: Partial<Row>) => {
    setRows((current) => current && current.map((r, i) => (i === index ? { ...r, ...patch } : r)))
    setErrors(({ [index]: _, ...rest }) => rest)
  }

  const save = async () => {
    if (!rows) return
    setFailed(null)
    const checked = deadlineRulesSchema.safeParse(toRules(rows))
    if (!checked.success) {
      setErrors(errorsByRow(ValidationError.fromZod(checked.error).issues))
      setFailed(t('deadlines.rules.fixErrors'))
      return
    }
    setBusy(true)
    try {
      setRows(await settings.setDeadlineRules(checked.data))
      setErrors({})
      notifications.show({ color: 'green', message: t('deadlines.rules.saved') })
    } catch (err) {
      if (err instanceof ValidationError) {
        setErrors(errorsByRow(err.issues))
        setFailed(t('deadlines.rules.fixErrors'))
      } else {
        setFailed(t('errors.unknown'))
      }
    } finally {
      setBusy(false)
    }
  }

  const purposeOf = (r: Row) => t(`deadlines.purpose.${r.purpose}`)

  return (
    <Card withBorder>
      <Title order={4}>{t('deadlines.rules.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('deadlines.rules.hint')}
      </Text>
      <Table verticalSpacing={4} striped aria-label={t('deadlines.rules.title')} data-testid="deadline-rules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deadlines.rules.kind')}</Table.Th>
            <Table.Th>{t('deadlines.rules.sector')}</Table.Th>
            <Table.Th>{t('deadlines.rules.purpose')}</Table.Th>
            <Table.Th>{t('deadlines.rules.event')}</Table.Th>
            <Table.Th>{t('deadlines.rules.length')}</Table.Th>
            <Table.Th>{t('deadlines.rules.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((r, i) => {
            const context = [t(`kind.${r.kind}`), r.sector && t(`deadlines.sector.${r.sector}`), purposeOf(r)]
              .filter(Boolean)
              .join(' ')
            return (
              <Table.Tr key={r.id} data-rule={r.id}>
                <Table.Td>{t(`kind.${r.kind}`)}</Table.Td>
                <Table.Td>
                  {r.kind === 'administrative' ? t(`deadlines.sector.${r.sector ?? 'all'}`) : '—'}
                </Table.Td>
                <Table.Td>{purposeOf(r)}</Table.Td>
                <Table.Td>{t(`deadlines.event.${r.event}`)}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('deadlines.rules.lengthLabel', { purpose: context })}
                    value={r.length}
                    onChange={(v) => update(i, { length: v })}
                    allowDecimal={false}
                    clampBehavior="none"
                    w={110}
                    size="xs"
                    error={errors[i] ? t(errors[i]) : undefined}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('deadlines.rules.unitLabel', { purpose: context })}
                    data={DEADLINE_UNITS.map((u) => ({ value: u, label: t(`deadlines.unit.${u}`) }))}
                    value={r.unit}
                    allowDeselect={false}
                    onChange={(v) => v && update(i, { unit: v as DeadlineUnit })}
                    w={120}
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <ErrorAlert message={failed} mt="sm" />
      <Group justify="flex-end" mt="sm">
        <Button onClick={() => void save()} loading={busy} disabled={!rows}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  )
}
