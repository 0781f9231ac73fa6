/** 延长调解期限: days added to the case's deadline, only with the parties' consent, recorded (who, when). */
import { Checkbox, Group, NumberInput, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { MSG } from '../../domain/shared/messages'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm, type Conversion } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  days: number | string
  reason: string
  consentedBy: string[]
  consentAt: string
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
    initialValues: () => ({ days: 15, reason: '', consentedBy: [], consentAt: today() }),
    toData,
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('records.extension.days')}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          withAsterisk
          {...form.getInputProps('days')}
        />
        <DateField
          label={t('records.extension.consentAt')}
          withAsterisk
          {...form.getInputProps('consentAt')}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('records.extension.consentedBy')}
        description={t('records.extension.consentHint')}
        withAsterisk
        {...form.getInputProps('consentedBy')}
      >
        <Group mt={4}>
          {caseData.parties.map((p) => (
            <Checkbox key={p.id} value={p.id} label={`${t(`role.${p.role}`)} ${p.name}`} />
          ))}
        </Group>
      </Checkbox.Group>
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
