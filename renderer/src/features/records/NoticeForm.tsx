/** 告知权利义务: when and how the parties were told their rights and duties, and who was told. */
import { Checkbox, Group, Select, SimpleGrid, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { nowLocal, partyOptions } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateTimeField } from '../../components/DateField'

interface Values {
  at: string
  method: string
  acknowledgedBy: string[]
  note: string
}

export function NoticeForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'notice',
    caseId: caseData.id,
    initialValues: () => ({
      at: nowLocal(),
      method: 'written',
      acknowledgedBy: caseData.parties.map((p) => p.id),
      note: '',
    }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateTimeField label={t('records.notice.at')} withAsterisk {...form.getInputProps('at')} />
        <Select
          label={t('records.notice.method')}
          data={(['written', 'oral'] as const).map((m) => ({
            value: m,
            label: t(`records.notice.methods.${m}`),
          }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('method')}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('records.notice.acknowledgedBy')}
        withAsterisk
        {...form.getInputProps('acknowledgedBy')}
      >
        <Group mt={4}>
          {partyOptions(caseData).map((p) => (
            <Checkbox key={p.value} value={p.value} label={p.label} />
          ))}
          {caseData.parties.length === 0 && <Text c="dimmed">{t('records.noParties')}</Text>}
        </Group>
      </Checkbox.Group>
      <Textarea label={t('records.notice.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
