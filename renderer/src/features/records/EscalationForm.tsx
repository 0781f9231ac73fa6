/** 上报: a dispute that may turn criminal reported to the police or the 综治中心 (人民调解法 Art. 25). */
import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  to: string
  at: string
  reason: string
  reference: string
}

const TARGETS = ['police', 'governance-centre', 'other'] as const

export function EscalationForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'escalation',
    caseId: caseData.id,
    initialValues: () => ({ to: '', at: today(), reason: '', reference: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('records.escalation.to')}
          data={TARGETS.map((x) => ({ value: x, label: t(`records.escalation.targets.${x}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('to')}
        />
        <DateField label={t('records.escalation.at')} withAsterisk {...form.getInputProps('at')} />
        <TextInput label={t('records.escalation.reference')} {...form.getInputProps('reference')} />
      </SimpleGrid>
      <Textarea
        label={t('records.escalation.reason')}
        autosize
        minRows={3}
        withAsterisk
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  )
}
