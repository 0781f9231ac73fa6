/**
 * Any case record, readable: its kind's view (from the registry) laid out as labelled fields —
 * short ones in a grid, long text full width with its line breaks — or, for a status change, one
 * sentence.
 */
import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Case } from '../../domain/cases/case'
import type { CaseRecord, RecordKind } from '../../domain/cases/records'
import { RECORD_REGISTRY } from './registry'
import type { DirectoryEntry, RecordDisplay, ViewContext } from './views/view-support'

export interface RecordViewProps {
  record: CaseRecord
  caseData: Pick<Case, 'parties'>
  /** For users' names (who changed a status, the new mediator); ids are shown without it. */
  directory?: readonly DirectoryEntry[]
  /** The case's records, so a performance can name the agreement term it performs. */
  records?: readonly CaseRecord[]
}

function display<K extends RecordKind>(record: CaseRecord<K>, ctx: ViewContext): RecordDisplay {
  return RECORD_REGISTRY[record.kind].view(record, ctx)
}

export function RecordView({ record, caseData, directory, records }: RecordViewProps) {
  const { t } = useTranslation()
  const label = (field: string) => t(`records.${record.kind}.${field}`)
  const shown = display(record, { t, label, caseData, directory, records })
  if (typeof shown === 'string') {
    return (
      <Text size="sm" data-testid="record-view" style={{ whiteSpace: 'pre-wrap' }}>
        {shown}
      </Text>
    )
  }
  const short = shown.filter((i) => !i.long)
  const long = shown.filter((i) => i.long && i.value !== '')
  return (
    <Stack gap="xs" data-testid="record-view">
      {short.length > 0 && (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs" verticalSpacing={4}>
          {short.map((i, n) => (
            <div key={`${n}-${i.label}`}>
              <Text size="xs" c="dimmed">
                {i.label}
              </Text>
              <Text size="sm" component="div">
                {i.value === '' ? t('records.notRecorded') : i.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
      {long.map((i, n) => (
        <div key={`${n}-${i.label}`}>
          <Text size="xs" c="dimmed">
            {i.label}
          </Text>
          <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
            {i.value}
          </Text>
        </div>
      ))}
    </Stack>
  )
}
