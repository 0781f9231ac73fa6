/** 协同调解员: up to four active mediators who work the case beside its lead; none removes them. */
import { Alert, MultiSelect, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { MAX_CO_MEDIATORS } from '../../domain/cases/co-mediators'
import { useOtherMediators } from './use-other-mediators'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  userIds: string[]
  note: string
}

export function CoMediatorsForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { ready, candidates, leadName: lead } = useOtherMediators(caseData.mediatorId)
  // Whoever can no longer be chosen (disabled since) is neither shown nor saved again.
  const offered = new Set(candidates.map((u) => u.id))
  const keep = (id: string) => !ready || offered.has(id)
  const { form, frame } = useRecordForm<Values>({
    kind: 'co-mediators',
    caseId: caseData.id,
    initialValues: () => ({ userIds: [...caseData.coMediatorIds], note: '' }),
    toData: (values) => ({ data: { ...values, userIds: values.userIds.filter(keep) } }),
    onDone,
  })
  const chosen = form.getValues().userIds.filter(keep)
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      {lead && (
        <Text size="sm" c="dimmed">
          {t('records.co-mediators.lead', { name: lead })}
        </Text>
      )}
      {ready && candidates.length === 0 && (
        <Alert color="yellow">{t('records.co-mediators.noCandidates')}</Alert>
      )}
      <MultiSelect
        label={t('records.co-mediators.userIds')}
        description={t('records.co-mediators.userIdsHint')}
        data={candidates.map((u) => ({ value: u.id, label: u.displayName }))}
        maxValues={MAX_CO_MEDIATORS}
        searchable
        clearable
        data-testid="co-mediators-select"
        {...form.getInputProps('userIds')}
        value={chosen}
      />
      <Textarea label={t('records.co-mediators.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormFrame>
  )
}
