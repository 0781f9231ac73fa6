/** 移交: the dispute handed to another body (a court, an administrative department …), and why. */
import { SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  to: string
  reason: string
  at: string
}

export function TransferForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'transfer',
    caseId: caseData.id,
    initialValues: () => ({ to: '', reason: '', at: today() }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('records.transfer.to')} withAsterisk {...form.getInputProps('to')} />
        <DateField label={t('records.transfer.at')} withAsterisk {...form.getInputProps('at')} />
      </SimpleGrid>
      <Textarea
        label={t('records.transfer.reason')}
        autosize
        minRows={3}
        withAsterisk
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  )
}
