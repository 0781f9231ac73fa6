/** 调查记录: who investigated what, where and when, and what was found. Kept as a draft while typed. */
import { SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { useSession } from '../shared/services'
import { nowLocal } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateTimeField } from '../../components/DateField'
import { RecorderSelect } from './RecorderSelect'

interface Values {
  at: string
  place: string
  investigators: string
  subject: string
  content: string
  recorderId: string
}

export function InvestigationForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { user } = useSession()
  const { form, frame } = useRecordForm<Values>({
    kind: 'investigation',
    caseId: caseData.id,
    initialValues: () => ({
      at: nowLocal(),
      place: '',
      investigators: user.displayName,
      subject: '',
      content: '',
      recorderId: '',
    }),
    draft: { name: `investigation:${caseData.id}` },
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateTimeField label={t('records.investigation.at')} withAsterisk {...form.getInputProps('at')} />
        <TextInput
          label={t('records.investigation.place')}
          withAsterisk
          data-autofocus
          {...form.getInputProps('place')}
        />
        <TextInput
          label={t('records.investigation.investigators')}
          withAsterisk
          {...form.getInputProps('investigators')}
        />
        <TextInput
          label={t('records.investigation.subject')}
          withAsterisk
          {...form.getInputProps('subject')}
        />
      </SimpleGrid>
      <Textarea
        label={t('records.investigation.content')}
        autosize
        minRows={6}
        withAsterisk
        {...form.getInputProps('content')}
      />
      <RecorderSelect
        value={form.getValues().recorderId}
        onChange={(v) => form.setFieldValue('recorderId', v)}
        error={form.errors.recorderId}
      />
    </FormFrame>
  )
}
