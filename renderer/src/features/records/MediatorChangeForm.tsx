/** 更换调解员: 回避 or 改派 to another active mediator, with the reason. */
import { Alert, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { useOtherMediators } from './use-other-mediators'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'

interface Values {
  toUserId: string
  kind: string
  reason: string
}

const KINDS = ['recusal', 'reassignment'] as const

export function MediatorChangeForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { ready, candidates, leadName: current } = useOtherMediators(caseData.mediatorId)
  const { form, frame } = useRecordForm<Values>({
    kind: 'mediator-change',
    caseId: caseData.id,
    initialValues: () => ({ toUserId: '', kind: 'reassignment', reason: '' }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      {current && (
        <Text size="sm" c="dimmed">
          {t('records.mediator-change.current', { name: current })}
        </Text>
      )}
      {ready && candidates.length === 0 && (
        <Alert color="yellow">{t('records.mediator-change.noCandidates')}</Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('records.mediator-change.kind')}
          </Text>
          <SegmentedControl
            data={KINDS.map((k) => ({ value: k, label: t(`records.mediator-change.kinds.${k}`) }))}
            value={form.getValues().kind}
            onChange={(v) => form.setFieldValue('kind', v)}
          />
        </Stack>
        <Select
          label={t('records.mediator-change.toUser')}
          data={candidates.map((u) => ({ value: u.id, label: u.displayName }))}
          allowDeselect={false}
          searchable
          withAsterisk
          {...form.getInputProps('toUserId')}
        />
      </SimpleGrid>
      <Textarea
        label={t('records.mediator-change.reason')}
        autosize
        minRows={2}
        withAsterisk
        {...form.getInputProps('reason')}
      />
    </FormFrame>
  )
}
