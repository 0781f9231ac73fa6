/** 法院委派/委托: the court's letter referring the dispute, and the deadline it sets. */
import { SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { addDays, today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  court: string
  letterNo: string
  referredAt: string
  deadline: string
}

/** 委派调解 30 days, 委托调解 15 days (DOMAIN.md): a starting point the letter may override. */
const defaultDays = (kind: string) => (kind === 'court-entrusted' ? 15 : 30)

export function CourtReferralForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'court-referral',
    caseId: caseData.id,
    initialValues: () => ({
      court: '',
      letterNo: '',
      referredAt: today(),
      deadline: addDays(today(), defaultDays(caseData.kind)),
    }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('records.court-referral.court')} withAsterisk {...form.getInputProps('court')} />
        <TextInput
          label={t('records.court-referral.letterNo')}
          withAsterisk
          {...form.getInputProps('letterNo')}
        />
        <TextInput
          type="date"
          label={t('records.court-referral.referredAt')}
          withAsterisk
          {...form.getInputProps('referredAt')}
        />
        <TextInput
          type="date"
          label={t('records.court-referral.deadline')}
          withAsterisk
          {...form.getInputProps('deadline')}
        />
      </SimpleGrid>
    </FormFrame>
  )
}
