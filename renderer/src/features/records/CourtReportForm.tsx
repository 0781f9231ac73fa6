/**
 * 向法院反馈结果: the result of court-linked mediation, reported back to the court, and what the
 * parties ask of it — 司法确认 (委派), a 调解书 or 撤诉 (委托, which the court ends itself).
 */
import { Select, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { courtRequests } from '../../domain/workflow/record-rules'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  reportedAt: string
  result: string
  note: string
  request: string
}

const RESULTS = ['agreed', 'failed', 'withdrawn'] as const

export function CourtReportForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'court-report',
    caseId: caseData.id,
    initialValues: () => ({ reportedAt: today(), result: '', note: '', request: '' }),
    onDone,
  })
  const requests = courtRequests(caseData)
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
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
        {form.getValues().result === 'agreed' && requests.length > 1 && (
          <Select
            label={t('records.court-report.request')}
            data={requests.map((r) => ({ value: r, label: t(`records.court-report.requests.${r}`) }))}
            allowDeselect={false}
            {...form.getInputProps('request')}
          />
        )}
      </SimpleGrid>
      <Textarea label={t('records.court-report.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
