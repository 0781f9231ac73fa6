/** 延长调解期限: days added to the case's deadline, with both parties' consent. */
import { NumberInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { MSG } from '../../domain/shared/messages'
import type { RecordFormProps } from './types'
import { useRecordForm, type Conversion } from './record-form'

interface Values {
  days: number | string
  reason: string
}

function toData(values: Values): Conversion {
  return typeof values.days === 'number'
    ? { data: values, errors: {} }
    : { data: { ...values, days: 1 }, errors: { days: MSG.required } }
}

export function ExtensionForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'extension',
    caseId: caseData.id,
    initialValues: () => ({ days: 15, reason: '' }),
    toData,
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <NumberInput
        label={t('records.extension.days')}
        min={1}
        max={365}
        allowDecimal={false}
        allowNegative={false}
        withAsterisk
        maw={200}
        {...form.getInputProps('days')}
      />
      <Textarea
        label={t('records.extension.reason')}
        description={t('records.extension.reasonHint')}
        autosize
        minRows={2}
        withAsterisk
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  )
}
