/** 初次访谈: the presenting concern, background, supports and goals. A note: draft, then signed. */
import { Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { intakeSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { noteSaver, startFrom, today, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

const FIELDS = ['presentingConcern', 'background', 'supports', 'goals'] as const

export function IntakeForm({ clientId, record, onDone, onCancel }: CounsellingFormProps) {
  const { t } = useTranslation()
  const { counselling } = useRepositories()
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-intake',
    signable: true,
    schema: intakeSchema,
    initialValues: () =>
      startFrom(record, { date: today(), presentingConcern: '', background: '', supports: '', goals: '' }),
    save: noteSaver(counselling, 'intake', clientId, record),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <DateField label={t('counselling.intake.date')} withAsterisk {...form.getInputProps('date')} />
      {FIELDS.map((f, i) => (
        <Textarea
          key={f}
          label={t(`counselling.intake.${f}`)}
          withAsterisk={f === 'presentingConcern'}
          autosize
          minRows={f === 'presentingConcern' ? 3 : 2}
          data-autofocus={i === 0 || undefined}
          {...form.getInputProps(f)}
        />
      ))}
    </FormFrame>
  )
}
