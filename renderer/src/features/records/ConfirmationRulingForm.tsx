/**
 * 司法确认结果: the court's ruling on the application — 确认有效, or 驳回 (人民调解法 Art. 33), after
 * which the case may be mediated again or the parties told to sue.
 */
import { Alert, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  ruling: string
  rulingAt: string
  courtCaseNo: string
  reason: string
}

export function ConfirmationRulingForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'confirmation-ruling',
    caseId: caseData.id,
    initialValues: () => ({ ruling: '', rulingAt: today(), courtCaseNo: '', reason: '' }),
    onDone,
  })
  const rejected = form.getValues().ruling === 'rejected'
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('records.confirmation-ruling.ruling')}
          data={(['confirmed', 'rejected'] as const).map((r) => ({
            value: r,
            label: t(`records.confirmation-ruling.rulings.${r}`),
          }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('ruling')}
        />
        <DateField
          label={t('records.confirmation-ruling.rulingAt')}
          withAsterisk
          {...form.getInputProps('rulingAt')}
        />
        <TextInput
          label={t('records.confirmation-ruling.courtCaseNo')}
          {...form.getInputProps('courtCaseNo')}
        />
      </SimpleGrid>
      {rejected && (
        <>
          <Alert color="orange" variant="light" py={6}>
            {t('records.confirmation-ruling.rejectedHint')}
          </Alert>
          <Textarea
            label={t('records.confirmation-ruling.reason')}
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
        </>
      )}
    </FormFrame>
  )
}
