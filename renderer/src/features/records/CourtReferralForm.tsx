/**
 * 法院委派/委托: the court's letter referring the dispute, the deadline it sets (which wins over the
 * rule's default; none when the letter sets none) and, for 委托, the court's procedure (普通 15 days,
 * 简易 7 days by default).
 */
import { Select, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FormFrame } from '../../components/FormFrame'
import { COURT_PROCEDURES } from '../../domain/cases/catalogues'
import { today } from './form-support'
import type { RecordFormProps } from './types'
import { useRecordForm } from './record-form'
import { DateField } from '../../components/DateField'

interface Values {
  court: string
  letterNo: string
  referredAt: string
  deadline: string
  procedure: string | null
}

export function CourtReferralForm({ caseData, onDone, onCancel }: RecordFormProps) {
  const { t } = useTranslation()
  const { form, frame } = useRecordForm<Values>({
    kind: 'court-referral',
    caseId: caseData.id,
    initialValues: () => ({
      court: '',
      letterNo: '',
      referredAt: today(),
      deadline: '',
      procedure: caseData.kind === 'court-entrusted' ? 'ordinary' : null,
    }),
    onDone,
  })
  return (
    <FormFrame {...frame} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('records.court-referral.court')} withAsterisk {...form.getInputProps('court')} />
        <TextInput
          label={t('records.court-referral.letterNo')}
          withAsterisk
          {...form.getInputProps('letterNo')}
        />
        <DateField
          label={t('records.court-referral.referredAt')}
          withAsterisk
          {...form.getInputProps('referredAt')}
        />
        <DateField
          label={t('records.court-referral.deadline')}
          description={t('records.court-referral.noDeadline')}
          {...form.getInputProps('deadline')}
        />
        {caseData.kind === 'court-entrusted' && (
          <Select
            label={t('records.court-referral.procedure')}
            data={COURT_PROCEDURES.map((p) => ({
              value: p,
              label: t(`records.court-referral.procedures.${p}`),
            }))}
            allowDeselect={false}
            withAsterisk
            {...form.getInputProps('procedure')}
          />
        )}
      </SimpleGrid>
    </FormFrame>
  )
}
