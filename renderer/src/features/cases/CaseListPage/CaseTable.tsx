/**
 * The case table. Rows are reachable by keyboard: Tab into the table, ↑/↓ move between rows,
 * Enter opens the case.
 */
import { Anchor, Badge, Table } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { CaseSummary } from '../../../domain/cases/case'
import { formatDate } from '../../shared/format'

const NOWRAP = { whiteSpace: 'nowrap' } as const
const RISK_COLOR = { red: 'red', orange: 'orange', yellow: 'yellow', green: 'green' } as const

export function CaseTable({ items, today }: { items: CaseSummary[]; today: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()

  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const row = e.currentTarget
    if (e.key === 'Enter') void navigate(`/cases/${id}`)
    else if (e.key === 'ArrowDown') (row.nextElementSibling as HTMLElement | null)?.focus()
    else if (e.key === 'ArrowUp') (row.previousElementSibling as HTMLElement | null)?.focus()
    else return
    e.preventDefault()
  }

  return (
    <Table highlightOnHover striped verticalSpacing="xs" aria-label={t('cases.listTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('cases.columns.caseNo')}</Table.Th>
          <Table.Th>{t('cases.columns.parties')}</Table.Th>
          <Table.Th>{t('caseForm.kind')}</Table.Th>
          <Table.Th>{t('cases.columns.disputeType')}</Table.Th>
          <Table.Th>{t('cases.columns.status')}</Table.Th>
          <Table.Th>{t('cases.filterRisk')}</Table.Th>
          <Table.Th>{t('cases.columns.dueDate')}</Table.Th>
          <Table.Th>{t('cases.columns.createdAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((c) => (
          <Table.Tr
            key={c.id}
            tabIndex={0}
            style={{ cursor: 'pointer' }}
            onClick={() => void navigate(`/cases/${c.id}`)}
            onKeyDown={(e) => onKey(e, c.id)}
            data-testid="case-row"
          >
            <Table.Td style={NOWRAP}>
              <Anchor
                component={Link}
                to={`/cases/${c.id}`}
                onClick={(e) => e.stopPropagation()}
                tabIndex={-1}
              >
                {c.caseNo}
              </Anchor>
            </Table.Td>
            <Table.Td>{c.partyNames.join('、')}</Table.Td>
            <Table.Td style={NOWRAP}>{t(`kind.${c.kind}`)}</Table.Td>
            <Table.Td style={NOWRAP}>{t(`disputeType.${c.disputeType}`)}</Table.Td>
            <Table.Td style={NOWRAP}>
              <Badge
                variant="light"
                styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
              >
                {t(`status.${c.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {c.riskLevel && (
                <Badge color={RISK_COLOR[c.riskLevel]} variant="filled">
                  {t(`risk.${c.riskLevel}`)}
                </Badge>
              )}
            </Table.Td>
            <Table.Td style={NOWRAP} c={c.dueDate && c.dueDate < today ? 'red' : undefined}>
              {c.dueDate}
            </Table.Td>
            <Table.Td style={NOWRAP}>{formatDate(c.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
