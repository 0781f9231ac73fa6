/**
 * After an agreement: 督促履行 (urging the obligor, with the day they promised) and 未履行告知 (the
 * agreement not performed, the parties told the routes open to this case — 司法确认 and then
 * enforcement, enforcement of a confirmed agreement, or suing).
 */
import { Alert, Checkbox, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { URGE_METHODS } from '../../domain/cases/records'
import { nonPerformanceRoutes } from '../../domain/workflow/record-rules'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface UrgeValues {
  at: string
  method: string
  content: string
  promisedDate: string
}

export function UrgeForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<UrgeValues>({
    kind: 'urge',
    caseId: caseData.id,
    initialValues: () => ({ at: today(), method: 'phone', content: '', promisedDate: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <DateField label={t('records.urge.at')} withAsterisk {...form.getInputProps('at')} />
        <Select
          label={t('records.urge.method')}
          data={URGE_METHODS.map((m) => ({ value: m, label: t(`records.urge.methods.${m}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('method')}
        />
        <DateField label={t('records.urge.promisedDate')} {...form.getInputProps('promisedDate')} />
      </SimpleGrid>
      <Textarea
        label={t('records.urge.content')}
        autosize
        minRows={2}
        withAsterisk
        {...form.getInputProps('content')}
      />
    </FormFrame>
  )
}

interface NonPerformanceValues {
  notifiedAt: string
  routes: string[]
  note: string
}

export function NonPerformanceForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const open = nonPerformanceRoutes(caseData)
  const { form, frame } = useRecordForm<NonPerformanceValues>({
    kind: 'non-performance',
    caseId: caseData.id,
    initialValues: () => ({ notifiedAt: today(), routes: [...open], note: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <Alert color="blue" variant="light" py={6}>
        {t('records.non-performance.hint')}
      </Alert>
      <DateField
        label={t('records.non-performance.notifiedAt')}
        withAsterisk
        maw={220}
        {...form.getInputProps('notifiedAt')}
      />
      <Checkbox.Group
        label={t('records.non-performance.routes')}
        withAsterisk
        {...form.getInputProps('routes')}
      >
        <Stack gap={4} mt={4}>
          {open.map((r) => (
            <Checkbox key={r} value={r} label={t(`records.non-performance.routeOptions.${r}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('records.non-performance.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormFrame>
  )
}
