/**
 * 司法确认申请: the parties' joint application to a court, within 30 days of a written agreement
 * taking effect (the last day moved past holidays); the court's case number. The ruling is recorded
 * on its own once made (司法确认结果). Not for oral agreements, not in 委托调解 — the case page does
 * not offer it there, and the repository refuses it.
 */
import { Alert, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useCaseDeadlines } from './use-case-deadlines'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  appliedAt: string
  court: string
  courtCaseNo: string
}

export function JudicialConfirmationForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'judicial-confirmation',
    caseId: caseData.id,
    initialValues: () => ({ appliedAt: today(), court: '', courtCaseNo: '' }),
    onDone,
  })
  const effective = caseData.events['agreement-effective']
  const window = useCaseDeadlines(caseData).find((d) => d.purpose === 'judicial-confirmation')
  const late = window && form.getValues().appliedAt > window.dueDate
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      {effective && window && (
        <Alert color={late ? 'orange' : 'blue'} variant="light" py={6} data-testid="confirmation-window">
          {t('records.judicial-confirmation.deadlineHint', { effective, deadline: window.dueDate })}
          {late && ` ${t('records.judicial-confirmation.lateHint', { deadline: window.dueDate })}`}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField
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
      </SimpleGrid>
      <Alert color="gray" variant="light" py={6}>
        {t('records.judicial-confirmation.rulingHint')}
      </Alert>
    </FormFrame>
  )
}
