/**
 * A settings card that edits a list of rows as a table and saves the whole list at once (the
 * dispute sub-types, 组织队伍): title and hint, the empty state, the header, the refusal that names no
 * row, and 增加 / 保存. `useRowsSave` runs the save and turns a refusal into messages per field.
 */
import { Alert, Button, Card, Group, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { rowIssues, type RowIssues } from './issue-map'

const NO_ISSUES: RowIssues = { byPath: {}, general: null }

/** Saves through `store`; a refusal becomes `issues` (by "row.field" path), a success a notice. */
export function useRowsSave(store: () => Promise<void>, savedMessage: string) {
  const { t } = useTranslation()
  const [issues, setIssues] = useState<RowIssues>(NO_ISSUES)
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    setIssues(NO_ISSUES)
    try {
      await store()
      notifications.show({ color: 'green', message: savedMessage })
    } catch (err) {
      setIssues(rowIssues(err, t))
    } finally {
      setBusy(false)
    }
  }
  return { issues, busy, save }
}

interface Props {
  testId: string
  title: string
  hint: string
  empty: string
  headers: string[]
  /** The table's rows; nothing when the list is empty. */
  rows: ReactNode[]
  /** Shown under the table when there are rows (totals). */
  footer?: ReactNode
  addLabel: string
  onAdd: () => void
  state: ReturnType<typeof useRowsSave>
}

export function RowsCard({
  testId,
  title,
  hint,
  empty,
  headers,
  rows,
  footer,
  addLabel,
  onAdd,
  state,
}: Props) {
  const { t } = useTranslation()
  return (
    <Card withBorder data-testid={testId}>
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {hint}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" mb="sm">
          {empty}
        </Text>
      ) : (
        <>
          <Table mb="sm">
            <Table.Thead>
              <Table.Tr>
                {headers.map((h, i) => (
                  <Table.Th key={i}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
          {footer}
        </>
      )}
      {state.issues.general && (
        <Alert color="red" mb="sm" role="alert">
          {state.issues.general}
        </Alert>
      )}
      <Group>
        <Button variant="light" onClick={onAdd}>
          {addLabel}
        </Button>
        <Button onClick={() => void state.save()} loading={state.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Card>
  )
}
