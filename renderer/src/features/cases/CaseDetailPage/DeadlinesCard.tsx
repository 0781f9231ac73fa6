/** The deadlines running on a case, from the administrator's rules and holiday calendar. */
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Deadline } from '../../../domain/deadlines'

const COLOR = { ok: 'gray', 'due-soon': 'orange', overdue: 'red' } as const

export function DeadlinesCard({ deadlines }: { deadlines: Deadline[] }) {
  const { t } = useTranslation()
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
            <Group key={d.ruleId} justify="space-between" data-testid={`deadline-${d.purpose}`}>
              <Text>{t(`deadlines.purpose.${d.purpose}`)}</Text>
              <Group gap="xs">
                <Text fw={600}>{d.dueDate}</Text>
                <Badge color={COLOR[d.state]} variant="light">
                  {d.daysLeft < 0
                    ? t('deadlines.daysOverdue', { count: -d.daysLeft })
                    : t('deadlines.daysLeft', { count: d.daysLeft })}
                </Badge>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  )
}
