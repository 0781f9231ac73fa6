/**
 * 记录人 of a record: chosen from the workspace's active colleagues. Left empty, the printed
 * document names whoever entered the record.
 */
import { Select } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useRepositories } from '../shared/services'
import { useQuery } from '../shared/use-query'

interface Props {
  value: string
  onChange: (userId: string) => void
  error?: ReactNode
}

export function RecorderSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation()
  const { users } = useRepositories()
  const directory = useQuery(() => users.directory(), [])
  const people = (directory.data ?? []).filter((u) => !u.disabled || u.id === value)
  return (
    <Select
      label={t('records.recorder.label')}
      description={t('records.recorder.hint')}
      placeholder={t('records.recorder.placeholder')}
      data={people.map((u) => ({ value: u.id, label: u.displayName }))}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      error={error}
      clearable
      searchable
      data-testid="recorder-select"
    />
  )
}
