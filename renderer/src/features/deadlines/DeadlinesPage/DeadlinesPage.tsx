/**
 * 期限提醒: the deadlines the room must meet that are past, or due within three days (today
 * included) — each with its case, what it is (the mediation term, the report to the court, a
 * session notice, an agreed term's 履行期限…), its due date and how many days are left or overdue.
 * Never the mediation term of an agreed case: that clock stopped at agreement.
 */
import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CaseSummary } from '../../../domain/cases/case'
import { daysBetween } from '../../../domain/deadlines/calendar'
import { yearWithoutCalendar, type Deadline } from '../../../domain/deadlines'
import { todayIso } from '../../../domain/shared/dates'
import { QueryErrorAlert } from '../../../components/ErrorAlert'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { useHolidayCalendar } from '../use-holiday-calendar'

const NOWRAP = { whiteSpace: 'nowrap' } as const

export type DeadlineRow = CaseSummary & { dueDate: string; deadlines: Deadline[] }

/** One line of the page: a deadline of a case. */
interface Entry {
  case: DeadlineRow
  deadline: Deadline
}

function Remaining({ today, dueDate }: { today: string; dueDate: string }) {
  const { t } = useTranslation()
  const days = daysBetween(today, dueDate)
  if (days < 0)
    return (
      <Text c="red" size="sm" fw={500}>
        {t('deadlines.daysOverdue', { count: -days })}
      </Text>
    )
  if (days === 0)
    return (
      <Text c="orange" size="sm" fw={500}>
        {t('deadlines.dueToday')}
      </Text>
    )
  return <Text size="sm">{t('deadlines.daysLeft', { count: days })}</Text>
}

function DeadlineTable({
  title,
  rows,
  empty,
  today,
  color,
  testId,
}: {
  title: string
  rows: Entry[] | undefined
  empty: string
  today: string
  color: string
  testId: string
}) {
  const { t } = useTranslation()
  const calendar = useHolidayCalendar()
  return (
    <Stack gap="xs" component="section" aria-label={title} data-testid={testId}>
      <Title order={3}>
        {title}{' '}
        {rows && (
          <Badge color={color} variant="light" size="lg">
            {rows.length}
          </Badge>
        )}
      </Title>
      {rows && rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Table highlightOnHover striped verticalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              {/* Everything but the parties stays on one line; the parties wrap. */}
              <Table.Th style={NOWRAP}>{t('deadlines.columns.caseNo')}</Table.Th>
              <Table.Th>{t('deadlines.columns.parties')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('deadlines.columns.status')}</Table.Th>
              <Table.Th>{t('deadlines.columns.what')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('deadlines.columns.dueDate')}</Table.Th>
              <Table.Th style={NOWRAP}>{t('deadlines.columns.remaining')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map(({ case: c, deadline: d }) => (
              <Table.Tr key={`${c.id}|${d.key}`} data-deadline={d.purpose}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={`/cases/${c.id}`}>
                    {c.caseNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.partyNames.join('、')}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {/* full width: a badge squeezed by the table would cut its label short */}
                  <Badge variant="light" miw="max-content">
                    {t(`status.${c.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {d.term !== null ? t('deadlines.term', { n: d.term }) : t(`deadlines.purpose.${d.purpose}`)}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {d.dueDate}
                  {calendar && yearWithoutCalendar(calendar, d.dueDate) && (
                    <Text span size="xs" c="orange" ml={4} data-testid="no-calendar-year">
                      {t('deadlines.calendar.noDataForYear', { year: d.dueDate.slice(0, 4) })}
                    </Text>
                  )}
                  {d.movedFrom && (
                    <Text size="xs" c="dimmed" data-testid="deadline-moved">
                      {t('deadlines.basis.moved', { date: d.movedFrom })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Remaining today={today} dueDate={d.dueDate} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

/** Every deadline of the listed cases in one state, earliest first (a case may be in both lists). */
function entries(lists: DeadlineRow[][], state: Deadline['state']): Entry[] {
  const seen = new Set<string>()
  const out: Entry[] = []
  for (const row of lists.flat()) {
    for (const deadline of row.deadlines) {
      const key = `${row.id}|${deadline.key}`
      if (deadline.state !== state || seen.has(key)) continue
      seen.add(key)
      out.push({ case: row, deadline })
    }
  }
  return out.sort((a, b) =>
    a.deadline.dueDate < b.deadline.dueDate
      ? -1
      : a.deadline.dueDate > b.deadline.dueDate
        ? 1
        : a.case.caseNo < b.case.caseNo
          ? -1
          : 1,
  )
}

export function DeadlinesPage() {
  const { t } = useTranslation()
  const { cases } = useRepositories()
  const today = todayIso()
  const result = useQuery(() => cases.listDeadlines(today), [today])
  const data = result.data

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('deadlines.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('deadlines.intro')}
        </Text>
      </div>
      {result.status === 'error' && <QueryErrorAlert error={result.error} />}
      {result.status === 'loading' && !data && (
        <Text c="dimmed" size="sm">
          {t('common.loading')}
        </Text>
      )}
      {data && (
        <>
          <DeadlineTable
            title={t('deadlines.overdue')}
            rows={entries([data.overdue, data.dueSoon], 'overdue')}
            empty={t('deadlines.emptyOverdue')}
            today={today}
            color="red"
            testId="deadlines-overdue"
          />
          <DeadlineTable
            title={t('deadlines.dueSoon')}
            rows={entries([data.overdue, data.dueSoon], 'due-soon')}
            empty={t('deadlines.emptyDueSoon')}
            today={today}
            color="orange"
            testId="deadlines-due-soon"
          />
        </>
      )}
    </Stack>
  )
}
