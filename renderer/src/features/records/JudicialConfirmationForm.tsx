/**
 * 司法确认: the joint application to a court (within 30 days of the agreement taking effect), the
 * court's case number and its ruling (确认有效 / 驳回).
 */
import { Alert, Select, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { addDays, today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  appliedAt: string
  court: string
  courtCaseNo: string
  ruling: string
  rulingAt: string
}

const RULINGS = ['pending', 'confirmed', 'rejected'] as const

export function JudicialConfirmationForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'judicial-confirmation',
    caseId: caseData.id,
    initialValues: () => ({
      appliedAt: today(),
      court: '',
      courtCaseNo: '',
      ruling: 'pending',
      rulingAt: '',
    }),
    onDone,
  })
  const effective = caseData.events['agreement-effective']
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      {effective && (
        <Alert color="blue" variant="light" py={6}>
          {t('records.judicial-confirmation.deadlineHint', { effective, deadline: addDays(effective, 30) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="date"
          label={t('records.judicial-confirmation.appliedAt')}
          withAsterisk
          {...form.getInputProps('appliedAt')}
        />
        <TextInput
          label={t('records.judicial-confirmation.court')}
          withAsterisk
          {...form.getInputProps('court')}
        />
        <TextInput
          label={t('records.judicial-confirmation.courtCaseNo')}
          {...form.getInputProps('courtCaseNo')}
        />
        <Select
          label={t('records.judicial-confirmation.ruling')}
          data={RULINGS.map((r) => ({ value: r, label: t(`records.judicial-confirmation.rulings.${r}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('ruling')}
        />
        <TextInput
          type="date"
          label={t('records.judicial-confirmation.rulingAt')}
          {...form.getInputProps('rulingAt')}
        />
      </SimpleGrid>
    </FormFrame>
  )
}
