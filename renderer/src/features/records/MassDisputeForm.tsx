/** 群体性纠纷: how many people the dispute involves — everyone, not only the registered parties. */
import { NumberInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { MSG } from '../../domain/shared/messages'
import type { RecordFormProps } from './types'
import { useRecordForm, type Conversion } from './record-form'

interface Values {
  persons: number | string
  note: string
}

function toData(values: Values): Conversion {
  return typeof values.persons === 'number'
    ? { data: values, errors: {} }
    : { data: { ...values, persons: 1 }, errors: { persons: MSG.required } }
}

export function MassDisputeForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'mass-dispute',
    caseId: caseData.id,
    initialValues: () => ({ persons: Math.max(5, caseData.parties.length), note: '' }),
    toData,
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <NumberInput
        label={t('records.mass-dispute.persons')}
        description={t('records.mass-dispute.personsHint')}
        min={1}
        max={100000}
        allowDecimal={false}
        allowNegative={false}
        withAsterisk
        maw={260}
        {...form.getInputProps('persons')}
      />
      <Textarea label={t('records.mass-dispute.note')} autosize minRows={1} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
