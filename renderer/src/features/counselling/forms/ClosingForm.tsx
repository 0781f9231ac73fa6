/** 结案小结: signing it closes the file and starts its retention period. */
import { Alert, NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../../components/FormFrame'
import { CLOSING_OUTCOMES } from '../../../domain/counselling/catalogues'
import { closingSchema } from '../../../domain/counselling/records'
import { useRepositories } from '../../shared/services'
import { useQuery } from '../../shared/use-query'
import { noteSaver, startFrom, today, type CounsellingFormProps } from './form-support'
import { useCounsellingForm } from './counselling-form'
import { DateField } from '../../../components/DateField'

export function ClosingForm({
  clientId,
  record,
  onDone,
  onCancel,
  sessions,
}: CounsellingFormProps & { sessions: number }) {
  const { t } = useTranslation()
  const { counselling, counsellingAdmin } = useRepositories()
  const years = useQuery(() => counsellingAdmin.getRetentionYears(), [])
  const { form, frame } = useCounsellingForm({
    testId: 'counselling-form-closing',
    signable: true,
    schema: closingSchema,
    initialValues: () =>
      startFrom(record, {
        date: today(),
        sessions: sessions as number | string,
        outcome: 'goals-met',
        summary: '',
        followUp: '',
      }),
    save: noteSaver(counselling, 'closing', clientId, record),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      {years.data !== undefined && (
        <Alert color="blue" variant="light">
          {t('counselling.closing.hint', { years: years.data })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={t('counselling.closing.date')} withAsterisk {...form.getInputProps('date')} />
        <NumberInput
          label={t('counselling.closing.sessions')}
          withAsterisk
          min={0}
          allowDecimal={false}
          {...form.getInputProps('sessions')}
        />
        <Select
          label={t('counselling.closing.outcome')}
          withAsterisk
          allowDeselect={false}
          data={CLOSING_OUTCOMES.map((o) => ({ value: o, label: t(`counselling.closing.outcomes.${o}`) }))}
          {...form.getInputProps('outcome')}
        />
      </SimpleGrid>
      <Textarea
        label={t('counselling.closing.summary')}
        withAsterisk
        autosize
        minRows={4}
        data-autofocus
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('counselling.closing.followUp')}
        autosize
        minRows={2}
        {...form.getInputProps('followUp')}
      />
    </FormFrame>
  )
}
