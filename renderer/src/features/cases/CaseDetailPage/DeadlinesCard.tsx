/**
 * The deadlines running on a case, from the administrator's rules and holiday calendar: each with
 * where its date comes from (the court's letter, a holiday moved past, an agreed extension, a term of
 * the agreement) and, below, what was done after its limit (a late report to the court…).
 */
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Deadline, LateFlag } from '../../../domain/deadlines'

const COLOR = { ok: 'gray', 'due-soon': 'orange', overdue: 'red' } as const

/** How a deadline is named: its purpose, or the agreed term it belongs to. */
export function useDeadlineLabel(): (d: Deadline) => string {
  const { t } = useTranslation()
  return (d) => (d.term !== null ? t('deadlines.term', { n: d.term }) : t(`deadlines.purpose.${d.purpose}`))
}

function basisNotes(d: Deadline, t: (k: string, o?: Record<string, unknown>) => string): string[] {
  return [
    d.basis === 'court-letter' ? t('deadlines.basis.court-letter') : '',
    d.movedFrom ? t('deadlines.basis.moved', { date: d.movedFrom }) : '',
    d.extensionDays ? t('deadlines.basis.extended', { days: d.extensionDays }) : '',
    d.partyOption ? t('deadlines.basis.partyOption') : '',
  ].filter(Boolean)
}

export function DeadlinesCard({ deadlines, late }: { deadlines: Deadline[]; late: LateFlag[] }) {
  const { t } = useTranslation()
  const label = useDeadlineLabel()
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('workflow.deadlines')}
      </Title>
      {deadlines.length === 0 ? (
        <Text c="dimmed">{t('workflow.noDeadline')}</Text>
      ) : (
        <Stack gap={6}>
          {deadlines.map((d) => (
            <Group key={d.key} justify="space-between" align="start" data-testid={`deadline-${d.purpose}`}>
              <div>
                <Text>{label(d)}</Text>
                {basisNotes(d, t).map((note) => (
                  <Text key={note} size="xs" c="dimmed">
                    {note}
                  </Text>
                ))}
              </div>
              <Group gap="xs">
                <Text fw={600}>{d.dueDate}</Text>
                <Badge
                  color={d.partyOption && d.state === 'overdue' ? 'gray' : COLOR[d.state]}
                  variant="light"
                >
                  {d.daysLeft < 0
                    ? t('deadlines.daysOverdue', { count: -d.daysLeft })
                    : t('deadlines.daysLeft', { count: d.daysLeft })}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {late.map((f) => (
        <Alert
          key={f.purpose}
          color="orange"
          variant="light"
          mt="xs"
          py={6}
          data-testid={`late-${f.purpose}`}
        >
          {t(`deadlines.late.${f.purpose}`, { due: f.dueDate, done: f.doneOn, days: f.daysLate })}
        </Alert>
      ))}
    </Card>
  )
}
