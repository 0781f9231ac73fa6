/** Every record of a case, newest first: what kind, when, who, and the record itself. */
import { Group, Text, ThemeIcon, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../domain/cases/case'
import type { CaseRecord } from '../../domain/cases/records'
import { formatDateTime } from '../shared/format'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'
import { RecordView } from './RecordView'
import { RECORD_REGISTRY } from './registry'
import { userName, type DirectoryEntry } from './views/view-support'

export interface RecordTimelineProps {
  records: readonly CaseRecord[]
  caseData: Pick<Case, 'parties'>
  /** Users' names; read from the user directory when not given. */
  directory?: readonly DirectoryEntry[]
  /** Show each record's content under its title (default), or titles only. */
  withDetails?: boolean
}

export function RecordTimeline({ records, caseData, directory, withDetails = true }: RecordTimelineProps) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const given = directory !== undefined
  const loaded = useQuery(() => (given ? Promise.resolve([]) : users.directory()), [given])
  const people = directory ?? loaded.data ?? []
  const newestFirst = [...records].sort((a, b) =>
    a.createdAt === b.createdAt ? 0 : a.createdAt < b.createdAt ? 1 : -1,
  )

  if (newestFirst.length === 0) {
    return (
      <Text c="dimmed" data-testid="record-timeline-empty">
        {t('records.timeline.empty')}
      </Text>
    )
  }

  return (
    <Timeline bulletSize={28} lineWidth={2} data-testid="record-timeline">
      {newestFirst.map((record) => {
        const Icon = RECORD_REGISTRY[record.kind].icon
        const who = userName(
          people,
          record.createdBy,
          record.kind === 'transition' ? record.data.byName : t('records.unknownUser'),
        )
        return (
          <Timeline.Item
            key={record.id}
            data-testid={`record-${record.kind}`}
            bullet={
              <ThemeIcon size={28} radius="xl" variant="light">
                <Icon size={16} />
              </ThemeIcon>
            }
            title={
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>{t(`records.kinds.${record.kind}`)}</Text>
                <Text size="sm" c="dimmed">
                  {formatDateTime(record.createdAt)} · {t('records.timeline.by', { name: who })}
                </Text>
              </Group>
            }
          >
            {withDetails && (
              <RecordView record={record} caseData={caseData} directory={people} records={records} />
            )}
          </Timeline.Item>
        )
      })}
    </Timeline>
  )
}
