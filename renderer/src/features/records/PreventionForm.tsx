/** 预防成效: a case in which mediation prevented escalation (防止民转刑 …), counted in 件 and 人. */
import { NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { PREVENTION_FLAGS } from '../../domain/cases/catalogues'
import { MSG } from '../../domain/shared/messages'
import type { RecordFormProps } from './types'
import { useRecordForm, type Conversion } from './record-form'

interface Values {
  flag: string
  persons: number | string
  note: string
}

function toData(values: Values): Conversion {
  return typeof values.persons === 'number'
    ? { data: values, errors: {} }
    : { data: { ...values, persons: 1 }, errors: { persons: MSG.required } }
}

export function PreventionForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'prevention',
    caseId: caseData.id,
    initialValues: () => ({ flag: '', persons: 1, note: '' }),
    toData,
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.prevention.flag')}
          data={PREVENTION_FLAGS.map((f) => ({ value: f, label: t(`records.prevention.flags.${f}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('flag')}
        />
        <NumberInput
          label={t('records.prevention.persons')}
          min={1}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          withAsterisk
          {...form.getInputProps('persons')}
        />
      </SimpleGrid>
      <Textarea label={t('records.prevention.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
