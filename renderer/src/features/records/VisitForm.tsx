/** 回访记录: how and whom the mediator followed up, what was said, and how far the agreement is performed. */
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { nowLocal } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateTimeField } from '../../components/DateField'

interface Values {
  at: string
  method: string
  visited: string
  content: string
  performed: string
}

const METHODS = ['phone', 'visit', 'other'] as const
const PERFORMED = ['fully', 'partly', 'not'] as const

export function VisitForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'visit',
    caseId: caseData.id,
    initialValues: () => ({
      at: nowLocal(),
      method: 'phone',
      visited: caseData.parties.map((p) => p.name).join('、'),
      content: '',
      performed: '',
    }),
    draft: { name: `visit:${caseData.id}` },
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateTimeField label={t('records.visit.at')} withAsterisk {...form.getInputProps('at')} />
        <Select
          label={t('records.visit.method')}
          data={METHODS.map((m) => ({ value: m, label: t(`records.visit.methods.${m}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('method')}
        />
        <TextInput label={t('records.visit.visited')} withAsterisk {...form.getInputProps('visited')} />
      </SimpleGrid>
      <Textarea
        label={t('records.visit.content')}
        autosize
        minRows={4}
        withAsterisk
        {...form.getInputProps('content')}
      />
      <Select
        label={t('records.visit.performed')}
        data={PERFORMED.map((p) => ({ value: p, label: t(`records.visit.performedOptions.${p}`) }))}
        allowDeselect={false}
        withAsterisk
        {...form.getInputProps('performed')}
      />
    </FormFrame>
  )
}
