/**
 * 终止调解: why mediation ends, and which other routes (仲裁/行政/诉讼) the parties were told of. A 委派
 * case may end with its file returned to the court for 立案 (the 终止 document then says so).
 */
import { Alert, Checkbox, Group, Select, SimpleGrid, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { OTHER_ROUTES, TERMINATION_REASONS } from '../../domain/cases/records'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  reason: string
  routes: string[]
  notifiedAt: string
  note: string
  returnToCourt: boolean
}

export function TerminationForm({ caseData, onDone, onCancel, preset }: RecordFormProps) {
  const { t } = useTranslation()
  const delegated = caseData.kind === 'court-delegated'
  const { form, frame } = useRecordForm<Values>({
    kind: 'termination',
    caseId: caseData.id,
    initialValues: () => ({
      reason: caseData.confirmation === 'rejected' ? 'confirmation-rejected' : '',
      routes: caseData.confirmation === 'rejected' ? ['litigation'] : [],
      notifiedAt: today(),
      note: '',
      returnToCourt: false,
      ...(preset?.returnToCourt && delegated
        ? { reason: 'time-limit', routes: ['court-filing'], returnToCourt: true }
        : {}),
    }),
    onDone,
  })
  const routes = OTHER_ROUTES.filter((r) => delegated || r !== 'court-filing')
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('records.termination.reason')}
          data={TERMINATION_REASONS.map((r) => ({ value: r, label: t(`records.termination.reasons.${r}`) }))}
          allowDeselect={false}
          withAsterisk
          {...form.getInputProps('reason')}
        />
        <DateField
          label={t('records.termination.notifiedAt')}
          withAsterisk
          {...form.getInputProps('notifiedAt')}
        />
      </SimpleGrid>
      <Checkbox.Group label={t('records.termination.routes')} withAsterisk {...form.getInputProps('routes')}>
        <Group mt={4}>
          {routes.map((r) => (
            <Checkbox key={r} value={r} label={t(`records.termination.routeOptions.${r}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {delegated && (
        <>
          <Checkbox
            label={t('records.termination.returnToCourt')}
            {...form.getInputProps('returnToCourt', { type: 'checkbox' })}
          />
          {form.getValues().returnToCourt && (
            <Alert color="blue" variant="light" py={6}>
              {t('records.termination.returnToCourtHint')}
            </Alert>
          )}
        </>
      )}
      <Textarea label={t('records.termination.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
