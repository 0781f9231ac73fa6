/** 向法院反馈结果: the result of court-linked mediation, reported back to the court. */
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  reportedAt: string
  result: string
  note: string
}

const RESULTS = ['agreed', 'failed', 'withdrawn'] as const

export function CourtReportForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'court-report',
    caseId: caseData.id,
    initialValues: () => ({ reportedAt: today(), result: '', note: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('records.court-report.reportedAt')}
          withAsterisk
          {...form.getInputProps('reportedAt')}
        />
        <Select
          label={t('records.court-report.result')}
          data={RESULTS.map((r) => ({ value: r, label: t(`records.court-report.results.${r}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('result')}
        />
      </SimpleGrid>
      <Textarea label={t('records.court-report.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
