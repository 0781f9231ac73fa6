/** 终止调解: why mediation ends, and which other routes (仲裁/行政/诉讼) the parties were told of. */
import { Checkbox, Group, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { OTHER_ROUTES, TERMINATION_REASONS } from '../../domain/cases/records'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  reason: string
  routes: string[]
  notifiedAt: string
  note: string
}

export function TerminationForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'termination',
    caseId: caseData.id,
    initialValues: () => ({ reason: '', routes: [], notifiedAt: today(), note: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.termination.reason')}
          data={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`records.termination.reasons.${r}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('reason')}
        />
        <TextInput
          type="date"
          label={t('records.termination.notifiedAt')}
          withAsterisk
          {...form.getInputProps('notifiedAt')}
        />
      </SimpleGrid>
      <Checkbox.Group label={t('records.termination.routes')} withAsterisk {...form.getInputProps('routes')}>
        <Group mt={4}>
          {OTHER_ROUTES.map((r) => (
            <Checkbox key={r} value={r} label={t(`records.termination.routeOptions.${r}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea label={t('records.termination.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
