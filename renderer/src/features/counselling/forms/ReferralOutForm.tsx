/** 转介: to whom, why, with the client's agreement and what is shared with the receiver. */
import { Checkbox, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { referralOutSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { noteSaver, startFrom, today, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

export function ReferralOutForm({ clientId, record, onDone, onCancel }: CounsellingFormProps) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-referral',
    signable: true,
    schema: referralOutSchema,
    initialValues: () =>
      startFrom(record, { date: today(), to: '', reason: '', clientAgreed: false, shared: '' }),
    save: noteSaver(counselling, 'referral', clientId, record),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <DateField label={t('counselling.referralOut.date')} withAsterisk {...form.getInputProps('date')} />
      <TextInput
        label={t('counselling.referralOut.to')}
        withAsterisk
        data-autofocus
        {...form.getInputProps('to')}
      />
      <Textarea
        label={t('counselling.referralOut.reason')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('reason')}
      />
      <Textarea
        label={t('counselling.referralOut.shared')}
        autosize
        minRows={2}
        {...form.getInputProps('shared')}
      />
      <Checkbox
        label={t('counselling.referralOut.clientAgreed')}
        {...form.getInputProps('clientAgreed', { type: 'checkbox' })}
      />
    </FormFrame>
  )
}
